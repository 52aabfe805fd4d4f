import { expect, test } from "./support/fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { uniqueSuffix } from "./support/database";
import { currentAcademicYear } from "./support/dates";
import { createProgrammeFor, memberContext, signedOrder } from "./support/programmes";

const PHONE = { viewport: { width: 360, height: 740 } };

test("a supervisor sees each school's programme and roadmap progress, and opens one school by stage, on a phone", async ({ pageAs, freshTenant, ownerDb }) => {
  // An authority of its own, so the demo authority keeps exactly its three schools.
  const tenant = await freshTenant({ director: ["DIRECTOR", "CURATOR"], supervisor: [] });
  const authority = `uo-e2e-${uniqueSuffix()}`;
  await ownerDb.client.$executeRaw`insert into authorities (id, slug, name, short_name, level, region)
    values (gen_random_uuid(), ${authority}, 'Управление образования (e2e)', 'УО (e2e)', 'MUNICIPAL', 'Самарская область')`;
  await ownerDb.client.$executeRaw`update organisations set authority_id = (select id from authorities where slug = ${authority}) where id = ${tenant.id}::uuid`;
  await ownerDb.client.$executeRaw`insert into authority_memberships (id, authority_id, user_id)
    select gen_random_uuid(), id, ${tenant.people.supervisor.userId}::uuid from authorities where slug = ${authority}`;
  const director = memberContext(tenant, tenant.people.director);
  const programmeId = await createProgrammeFor(ownerDb, director, { academicYear: currentAcademicYear() });
  const { number } = await signedOrder(ownerDb, { drafter: director, director }, { type: "APPROVE_PROGRAMME", programmeId });

  const { supervisor } = tenant.people;
  const page = await pageAs(supervisor.email, { password: supervisor.password, context: PHONE });
  await page.goto(`/a/${authority}?q=${encodeURIComponent(tenant.shortName)}`);
  const school = page.getByTestId("authority-schools").locator("tbody tr");
  await expect(school).toHaveCount(1);
  await expect(school).toContainText("утверждена");
  await expect(school).toContainText(`№ ${number}`);
  await expect(school).toContainText(/выполнено 0 из \d+/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoSeriousViolations(page, "supervisor's list of schools");

  await school.getByRole("link", { name: tenant.shortName }).click();
  await expect(page.getByRole("heading", { name: tenant.shortName })).toBeVisible();
  await expect(page.getByTestId("stage-progress").getByRole("listitem").first()).toContainText(/выполнено|не составлена/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoSeriousViolations(page, "one school as its authority sees it");
});
