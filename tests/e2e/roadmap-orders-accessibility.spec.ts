import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { draftOrder } from "@/lib/orders/service";
import { expect, statusOf, test } from "./support/fixtures";
import type { FreshTenant, OwnerDatabase } from "./support/database";
import { expectNoSeriousViolations } from "./support/axe";
import { activityIdOf, asMember, createProgrammeFor, memberContext, signedOrder } from "./support/programmes";

/**
 * Issue 4, accessibility: the programme, roadmap and order pages of a fresh school have no
 * serious or critical axe violation, with the editing controls of the curator and director shown.
 */

type Roster = "director" | "curator";
const ROSTER: Record<Roster, OrganisationRole[]> = { director: ["DIRECTOR"], curator: ["CURATOR"] };

type School = { tenant: FreshTenant<Roster>; programmeId: string; activityId: string; signedOrderId: string; draftOrderId: string };

/** A programme with its roadmap, a signed order (evidence-worthy) and a draft one. */
async function school(ownerDb: OwnerDatabase, tenant: FreshTenant<Roster>): Promise<School> {
  const curator = memberContext(tenant, tenant.people.curator);
  const director = memberContext(tenant, tenant.people.director);
  const programmeId = await createProgrammeFor(ownerDb, curator, { academicYear: 2025 });
  const activityId = await activityIdOf(ownerDb, curator, programmeId, "Обучение куратора");
  const { orderId: signedOrderId } = await signedOrder(ownerDb, { drafter: curator, director }, { type: "INTRODUCE_MODEL" });
  const { orderId: draftOrderId } = await asMember(ownerDb, curator, (tx) => draftOrder(tx, curator, { type: "APPROVE_PROGRAMME", programmeId }));
  return { tenant, programmeId, activityId, signedOrderId, draftOrderId };
}

type Check = { name: string; as: Roster; url: (school: School) => string };

const CHECKS: Check[] = [
  { name: "new programme", as: "curator", url: ({ tenant }) => `/o/${tenant.slug}/programmes/new` },
  { name: "programmes list", as: "curator", url: ({ tenant }) => `/o/${tenant.slug}/programmes` },
  { name: "roadmap table", as: "curator", url: ({ tenant, programmeId }) => `/o/${tenant.slug}/programmes/${programmeId}` },
  { name: "roadmap timeline", as: "curator", url: ({ tenant, programmeId }) => `/o/${tenant.slug}/programmes/${programmeId}?view=timeline` },
  { name: "activity", as: "curator", url: ({ tenant, programmeId, activityId }) => `/o/${tenant.slug}/programmes/${programmeId}/activities/${activityId}` },
  { name: "my tasks", as: "curator", url: ({ tenant }) => `/o/${tenant.slug}/tasks` },
  { name: "orders registry", as: "director", url: ({ tenant }) => `/o/${tenant.slug}/orders` },
  { name: "new order", as: "curator", url: ({ tenant }) => `/o/${tenant.slug}/orders/new` },
  { name: "draft order", as: "curator", url: ({ tenant, draftOrderId }) => `/o/${tenant.slug}/orders/${draftOrderId}` },
  { name: "signed order", as: "curator", url: ({ tenant, signedOrderId }) => `/o/${tenant.slug}/orders/${signedOrderId}` },
];

test.describe("accessibility of programmes, the roadmap and orders: no serious or critical axe violations", () => {
  for (const check of CHECKS) {
    test(check.name, async ({ pageAs, freshTenant, ownerDb }) => {
      const data = await school(ownerDb, await freshTenant(ROSTER));
      const person = data.tenant.people[check.as];
      const page = await pageAs(person.email, { password: person.password });
      const url = check.url(data);
      expect(await statusOf(page, url), url).toBe(200);
      await expectNoSeriousViolations(page, url);
    });
  }

  test("the curator's home page with its deadlines", async ({ pageAs, freshTenant, ownerDb }) => {
    const data = await school(ownerDb, await freshTenant(ROSTER));
    const { curator } = data.tenant.people;
    const page = await pageAs(curator.email, { password: curator.password });
    expect(await statusOf(page, `/o/${data.tenant.slug}`)).toBe(200);
    await expect(page.getByRole("heading", { name: "Сроки дорожной карты этого года" })).toBeVisible();
    await expectNoSeriousViolations(page, "the curator's home page");
  });
});
