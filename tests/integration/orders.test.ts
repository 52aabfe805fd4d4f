import { beforeAll, describe, expect, it } from "vitest";
import { inTenant } from "@/lib/db/scope";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { draftOrder, signOrder, submitOrderForReview, agreeOrder, updateDraftOrder, setNumberingPattern } from "@/lib/orders/service";
import { ownerQuery, appRoleQuery } from "./support/db";
import { addMember, createSchool, signedIn, type MemberFixture } from "./support/fixtures";

// A school of its own: the numbering tests count from an empty journal (the demo schools' have orders).
let slug: string;
let director: TenantContext;
let curator: TenantContext;
let mentor: MemberFixture;

async function contextOf(member: { id: string }): Promise<TenantContext> {
  const context = await resolveTenant(await signedIn(member), slug, null);
  if (!context) throw new Error(`${member.id} is not a member of ${slug}`);
  return context;
}

const asTenant = <T>(ctx: TenantContext, work: Parameters<typeof inTenant<T>>[1]) =>
  inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, work);

async function programme(ctx: TenantContext): Promise<string> {
  return asTenant(ctx, async (tx) => {
    const created = await tx.programme.create({
      data: { organisationId: ctx.organisation.id, title: "Программа 2025/2026", academicYear: 2025, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-08-31") },
      select: { id: true },
    });
    return created.id;
  });
}

/** A draft sent for review with nobody to agree: ready to sign. */
async function readyToSign(ctx: TenantContext, type: "INTRODUCE_MODEL" | "APPROVE_PROGRAMME" = "INTRODUCE_MODEL", programmeId?: string): Promise<string> {
  return asTenant(ctx, async (tx) => {
    const { orderId } = await draftOrder(tx, ctx, { type, programmeId });
    await submitOrderForReview(tx, ctx, { orderId, approverMembershipIds: [] });
    return orderId;
  });
}

beforeAll(async () => {
  const school = await createSchool();
  slug = school.organisation.slug;
  const curatorMember = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова" });
  mentor = await addMember(school.organisation, { roles: ["MENTOR"], lastName: "Наставникова" });
  director = await contextOf(school.director);
  curator = await contextOf(curatorMember);
});

describe("order numbering", () => {
  it("never repeats or skips a number when many orders are signed at the same moment", async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => readyToSign(curator)));
    const numbers = await Promise.all(ids.map((orderId) => asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2025-10-01" }))));
    const sequences = numbers.map((n) => Number(n.number)).sort((a, b) => a - b);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("follows the organisation's pattern and restarts in a new year", async () => {
    await asTenant(director, (tx) => setNumberingPattern(tx, director, "{n}/од"));
    const first = await readyToSign(curator);
    expect((await asTenant(director, (tx) => signOrder(tx, director, { orderId: first, signedOn: "2025-12-30" }))).number).toBe("9/од");
    const nextYear = await readyToSign(curator);
    expect((await asTenant(director, (tx) => signOrder(tx, director, { orderId: nextYear, signedOn: "2026-01-12" }))).number).toBe("1/од");
  });

  it("keeps no number taken by a signing that failed", async () => {
    const programmeId = await programme(director);
    const approve = await readyToSign(curator, "APPROVE_PROGRAMME", programmeId);
    const again = await readyToSign(curator, "APPROVE_PROGRAMME", programmeId);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId: approve, signedOn: "2026-01-13" }));
    // The programme is already approved: the second signing fails and gives its number back.
    await expect(asTenant(director, (tx) => signOrder(tx, director, { orderId: again, signedOn: "2026-01-13" }))).rejects.toThrow(/уже утверждена/);
    const next = await readyToSign(curator);
    expect((await asTenant(director, (tx) => signOrder(tx, director, { orderId: next, signedOn: "2026-01-14" }))).number).toBe("3/од");
  });
});

describe("signing applies the order's legal effect", () => {
  it("approves the programme in the same transaction", async () => {
    const programmeId = await programme(director);
    const orderId = await readyToSign(curator, "APPROVE_PROGRAMME", programmeId);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-02-01" }));
    const { rows } = await ownerQuery<{ status: string; approved_by_order_id: string }>("select status, approved_by_order_id from programmes where id = $1", [programmeId]);
    expect(rows[0]).toEqual({ status: "APPROVED", approved_by_order_id: orderId });
  });

  it("appoints the curator and gives them the curator's role", async () => {
    const programmeId = await programme(director);
    const mentorMembership = mentor.membershipId;
    const orderId = await asTenant(curator, async (tx) => {
      const draft = await draftOrder(tx, curator, { type: "APPOINT_CURATOR", programmeId, curatorMembershipId: mentorMembership });
      await submitOrderForReview(tx, curator, { orderId: draft.orderId, approverMembershipIds: [] });
      return draft.orderId;
    });
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-02-02" }));
    const { rows } = await ownerQuery<{ curator: string; roles: string }>(
      "select p.curator_membership_id as curator, m.roles::text as roles from programmes p join memberships m on m.id = p.curator_membership_id where p.id = $1",
      [programmeId],
    );
    expect(rows[0]?.curator).toBe(mentorMembership);
    expect(rows[0]?.roles).toContain("CURATOR");
  });

  it("a cancelling order cancels the earlier one and takes back its approval", async () => {
    const programmeId = await programme(director);
    const approve = await readyToSign(curator, "APPROVE_PROGRAMME", programmeId);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId: approve, signedOn: "2026-02-03" }));
    const cancelling = await asTenant(curator, async (tx) => {
      const draft = await draftOrder(tx, curator, { type: "INTRODUCE_MODEL", cancelsOrderId: approve });
      await submitOrderForReview(tx, curator, { orderId: draft.orderId, approverMembershipIds: [] });
      return draft.orderId;
    });
    await asTenant(director, (tx) => signOrder(tx, director, { orderId: cancelling, signedOn: "2026-02-04" }));
    const { rows } = await ownerQuery<{ order_status: string; programme_status: string }>(
      "select o.status as order_status, p.status as programme_status from orders o, programmes p where o.id = $1 and p.id = $2",
      [approve, programmeId],
    );
    expect(rows[0]).toEqual({ order_status: "CANCELLED", programme_status: "DRAFT" });
  });
});

describe("the approval sheet", () => {
  it("cannot be signed before everyone on it agreed, and only those on it may agree", async () => {
    const curatorMembership = curator.membership.id;
    const orderId = await asTenant(director, async (tx) => {
      const draft = await draftOrder(tx, director, { type: "INTRODUCE_MODEL" });
      await submitOrderForReview(tx, director, { orderId: draft.orderId, approverMembershipIds: [curatorMembership] });
      return draft.orderId;
    });
    await expect(asTenant(director, (tx) => signOrder(tx, director, { orderId }))).rejects.toThrow(/согласовали ещё не все/);
    await expect(asTenant(director, (tx) => agreeOrder(tx, director, orderId))).rejects.toThrow(/не ждёт вашего согласования/);
    await asTenant(curator, (tx) => agreeOrder(tx, curator, orderId));
    await expect(asTenant(director, (tx) => signOrder(tx, director, { orderId }))).resolves.toHaveProperty("number");
  });
});

describe("a signed order is immutable", () => {
  it("refuses edits through the application", async () => {
    const orderId = await readyToSign(curator);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-03-01" }));
    await expect(
      asTenant(curator, (tx) => updateDraftOrder(tx, curator, { orderId, version: 2, title: "О другом", preamble: "x", points: ["y"] })),
    ).rejects.toThrow(/только проект/);
  });

  it("refuses changes and deletion even in SQL, as the application role and as the owner", async () => {
    const orderId = await readyToSign(curator);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-03-02" }));
    const settings = { "app.organisation_id": director.organisation.id };
    await expect(appRoleQuery("update orders set title = 'О подмене' where id = $1", [orderId], settings)).rejects.toThrow(/immutable/);
    await expect(appRoleQuery("update orders set number = '999' where id = $1", [orderId], settings)).rejects.toThrow(/immutable/);
    await expect(appRoleQuery("delete from orders where id = $1", [orderId], settings)).rejects.toThrow(/cannot be deleted/);
    await expect(ownerQuery("update orders set points = '{}' where id = $1", [orderId])).rejects.toThrow(/immutable/);
  });

  it("still accepts the scan of the paper original", async () => {
    const orderId = await readyToSign(curator);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-03-03" }));
    const { rowCount } = await ownerQuery("update orders set scan_file_id = null, updated_at = now() where id = $1", [orderId]);
    expect(rowCount).toBe(1);
  });
});

describe("the scan of the signed paper original", () => {
  it("is attached to a signed order, audited, and downloads back", async () => {
    const { uploadOrderScan, downloadOrderScan } = await import("@/lib/orders/documents/scan");
    const { registeredActions, executeTenantRoute } = await import("@/lib/actions/define");
    const route = (name: string) => {
      const found = registeredActions().find((d) => d.name === name);
      if (found?.kind !== "route") throw new Error(`no route ${name}`);
      return found;
    };
    expect(uploadOrderScan).toBeTypeOf("function");
    expect(downloadOrderScan).toBeTypeOf("function");
    const orderId = await readyToSign(curator);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-04-01" }));
    const form = new FormData();
    form.append("scan", new File([new Uint8Array([37, 80, 68, 70, 45])], "Приказ 1.pdf", { type: "application/pdf" }));
    const base = `http://localhost/o/${slug}/orders/${orderId}/scan`;
    const upload = await executeTenantRoute(route("orders.uploadScan"), curator.user, new Request(base, { method: "POST", body: form }), { slug, orderId }, null);
    expect(upload.status).toBe(303);
    expect(upload.headers.get("location")).toContain("upload=saved");
    const download = await executeTenantRoute(route("orders.downloadScan"), director.user, new Request(base), { slug, orderId }, null);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70, 45]));
    const { rows } = await ownerQuery("select 1 from audit_events where action = 'order.scan_attached' and entity_id = $1", [orderId]);
    expect(rows).toHaveLength(1);
  });

  it("refuses a file of another type and a post from another site", async () => {
    const { registeredActions, executeTenantRoute } = await import("@/lib/actions/define");
    await import("@/lib/orders/documents/scan");
    const upload = registeredActions().find((d) => d.name === "orders.uploadScan");
    if (upload?.kind !== "route") throw new Error("no route");
    const orderId = await readyToSign(curator);
    await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn: "2026-04-02" }));
    const form = new FormData();
    form.append("scan", new File(["<script>"], "x.html", { type: "text/html" }));
    const url = `http://localhost/o/${slug}/orders/${orderId}/scan`;
    const wrong = await executeTenantRoute(upload, curator.user, new Request(url, { method: "POST", body: form }), { slug, orderId }, null);
    expect(wrong.headers.get("location")).toContain("upload=wrong-type");
    const foreign = await executeTenantRoute(upload, curator.user, new Request(url, { method: "POST", body: form, headers: { origin: "https://evil.example" } }), { slug, orderId }, null);
    expect(foreign.status).toBe(403);
  });
});
