import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { executeTenantAction, registeredActions, type TenantActionDefinition } from "@/lib/actions/define";
import { nothingChanged, recordTenantAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ownerQuery } from "./support/db";
import { seedDemo, userByEmail } from "./support/demo";

const SLUG = "lyceum-17";
let director: CurrentUser;
let curator: CurrentUser;

const input = z.object({ title: z.string() }).strict();

/** A mutation as a careless action would write it: a mentoring form added, no audit record. */
function formAction(options: { audited: boolean }): TenantActionDefinition<typeof input, void> {
  return {
    kind: "tenant",
    name: options.audited ? "test.addFormAudited" : "test.addFormUnaudited",
    permission: "roadmap.edit",
    input,
    run: async ({ ctx, input: { title }, tx }) => {
      const form = await tx.customMentoringForm.create({ data: { organisationId: ctx.organisation.id, title, roleModels: [] }, select: { id: true } });
      if (options.audited) await recordTenantAudit(tx, ctx, "programme.updated", { type: "mentoring_form", id: form.id });
    },
    success: "Готово.",
  };
}

const formTitled = async (title: string) => (await ownerQuery("select 1 from custom_mentoring_forms where title = $1", [title])).rows.length;

beforeAll(async () => {
  await seedDemo();
  await import("@/lib/orders/actions");
  director = await userByEmail("lyceum.director@tandem.demo");
  curator = await userByEmail("lyceum.curator@tandem.demo");
});

describe("every mutating action leaves an audit record", () => {
  it("an action that changes data but writes no audit record fails, its change rolled back, the log naming it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await executeTenantAction(formAction({ audited: false }), curator, SLUG, { title: "Без следа" }, null);
    expect(result).toMatchObject({ ok: false, code: "failed" });
    expect(await formTitled("Без следа")).toBe(0);
    expect(String(logged.mock.calls.flat().find((value) => value instanceof Error))).toContain("test.addFormUnaudited");
    logged.mockRestore();
  });

  it("the same action with its audit record succeeds", async () => {
    expect(await executeTenantAction(formAction({ audited: true }), curator, SLUG, { title: "Со следом" }, null)).toMatchObject({ ok: true });
    expect(await formTitled("Со следом")).toBe(1);
  });

  it("an action that declares it changed nothing passes without one", async () => {
    const idle: TenantActionDefinition<typeof input, void> = {
      ...formAction({ audited: false }),
      name: "test.nothing",
      run: async ({ tx }) => nothingChanged(tx),
    };
    expect(await executeTenantAction(idle, curator, SLUG, { title: "x" }, null)).toMatchObject({ ok: true });
  });

  it("changing the order-numbering pattern is audited with the old and the new pattern", async () => {
    const numbering = registeredActions().find((definition) => definition.name === "orders.numbering");
    if (numbering?.kind !== "tenant") throw new Error("orders.numbering is not registered");
    expect(await executeTenantAction(numbering, director, SLUG, { pattern: "{n}/од" }, "192.0.2.9")).toMatchObject({ ok: true });
    const { rows } = await ownerQuery<{ details: { orderNumberPattern: { before: string; after: string } }; ip_address: string }>(
      "select details, ip_address from audit_events where entity_type = 'order_numbering' and actor_user_id = $1",
      [director.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details.orderNumberPattern).toEqual({ before: "{n}", after: "{n}/од" });
  });
});
