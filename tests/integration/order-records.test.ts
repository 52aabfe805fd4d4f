import { beforeAll, describe, expect, it } from "vitest";
import { inTenant } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { agreeOrder, draftOrder, signOrder, submitOrderForReview } from "@/lib/orders/service";
import { executeTenantRoute, registeredActions } from "@/lib/actions/define";
import "@/lib/orders/documents/scan";
import { previousOrderScans } from "@/lib/orders/documents/scan-history";
import { appRoleQuery, ownerQuery } from "./support/db";
import { membershipIdOf, seedDemo, userByEmail } from "./support/demo";
import { resolveTenant } from "@/lib/tenancy/context";

const SLUG = "lyceum-17";
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-: uploads are checked by content
let director: TenantContext;
let curator: TenantContext;

async function contextOf(email: string): Promise<TenantContext> {
  const context = await resolveTenant(await userByEmail(email), SLUG, null);
  if (!context) throw new Error(`${email} is not a member of ${SLUG}`);
  return context;
}

const asTenant = <T>(ctx: TenantContext, work: Parameters<typeof inTenant<T>>[1]) =>
  inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, work);

/** An order the curator agreed and the director signed; optionally cancelling an earlier one. */
async function signedWithApproval(signedOn: string, cancelsOrderId?: string): Promise<string> {
  const curatorMembership = await membershipIdOf("lyceum.curator@tandem.demo", SLUG);
  const orderId = await asTenant(director, async (tx) => {
    const draft = await draftOrder(tx, director, { type: "INTRODUCE_MODEL", cancelsOrderId });
    await submitOrderForReview(tx, director, { orderId: draft.orderId, approverMembershipIds: [curatorMembership] });
    return draft.orderId;
  });
  await asTenant(curator, (tx) => agreeOrder(tx, curator, orderId));
  await asTenant(director, (tx) => signOrder(tx, director, { orderId, signedOn }));
  return orderId;
}

function route(name: string) {
  const found = registeredActions().find((definition) => definition.name === name);
  if (found?.kind !== "route") throw new Error(`no route ${name}`);
  return found;
}

async function uploadScan(orderId: string, bytes: number[], name: string): Promise<void> {
  const form = new FormData();
  form.append("scan", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
  const request = new Request(`http://localhost/o/${SLUG}/orders/${orderId}/scan`, { method: "POST", body: form });
  const response = await executeTenantRoute(route("orders.uploadScan"), curator.user, request, { slug: SLUG, orderId }, null);
  expect(response.headers.get("location")).toContain("upload=saved");
}

beforeAll(async () => {
  await seedDemo();
  director = await contextOf("lyceum.director@tandem.demo");
  curator = await contextOf("lyceum.curator@tandem.demo");
});

describe("a signed order's approval sheet is as immutable as the order", () => {
  it("refuses changing, removing or adding an approval of a signed order, as the app role and as the owner", async () => {
    const orderId = await signedWithApproval("2026-05-04");
    const settings = { "app.organisation_id": director.organisation.id };
    await expect(appRoleQuery("update order_approvals set agreed_at = null where order_id = $1", [orderId], settings)).rejects.toThrow(/immutable/);
    await expect(appRoleQuery("delete from order_approvals where order_id = $1", [orderId], settings)).rejects.toThrow(/immutable/);
    await expect(
      appRoleQuery(
        `insert into order_approvals (id, organisation_id, order_id, membership_id)
         select gen_random_uuid(), organisation_id, $1, id from memberships where organisation_id = $2 and user_id = $3`,
        [orderId, director.organisation.id, director.user.id],
        settings,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(ownerQuery("update order_approvals set comment = 'подмена' where order_id = $1", [orderId])).rejects.toThrow(/immutable/);
    await expect(ownerQuery("delete from order_approvals where order_id = $1", [orderId])).rejects.toThrow(/immutable/);
    const { rows } = await ownerQuery<{ agreed_at: Date | null }>("select agreed_at from order_approvals where order_id = $1", [orderId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.agreed_at).toBeInstanceOf(Date);
  });

  it("still lets a later order cancel it, and then keeps the cancelled order's sheet as it was", async () => {
    const earlier = await signedWithApproval("2026-05-05");
    await signedWithApproval("2026-05-06", earlier);
    const { rows } = await ownerQuery<{ status: string }>("select status from orders where id = $1", [earlier]);
    expect(rows[0]?.status).toBe("CANCELLED");
    await expect(ownerQuery("delete from order_approvals where order_id = $1", [earlier])).rejects.toThrow(/immutable/);
  });
});

describe("replacing a signed order's scan keeps the previous file", () => {
  it("keeps every scan in the history, points the order at the newest and offers the earlier one for download", async () => {
    const orderId = await signedWithApproval("2026-05-07");
    await uploadScan(orderId, [...PDF, 49], "Первый скан.pdf");
    await uploadScan(orderId, [...PDF, 50], "Второй скан.pdf");

    const { rows: scans } = await ownerQuery<{ id: string; file_id: string; name: string }>(
      "select s.id, s.file_id, f.name from order_scans s join stored_files f on f.id = s.file_id where s.order_id = $1 order by s.attached_at, f.name",
      [orderId],
    );
    expect(scans.map((scan) => scan.name)).toEqual(["Первый скан.pdf", "Второй скан.pdf"]);
    const { rows: order } = await ownerQuery<{ scan_file_id: string }>("select scan_file_id from orders where id = $1", [orderId]);
    expect(order[0]?.scan_file_id).toBe(scans[1]?.file_id);

    const previous = await previousOrderScans(director, orderId);
    expect(previous).toMatchObject([{ id: scans[0]?.id, fileName: "Первый скан.pdf", attachedBy: expect.any(String) }]);

    const download = await executeTenantRoute(
      route("orders.downloadScanVersion"),
      director.user,
      new Request(`http://localhost/o/${SLUG}/orders/${orderId}/scans/${scans[0]?.id}`),
      { slug: SLUG, orderId, scanId: scans[0]?.id ?? "" },
      null,
    );
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([...PDF, 49]));
  });

  it("a scan's stored file cannot be deleted or changed, and a history row cannot be removed", async () => {
    const orderId = await signedWithApproval("2026-05-08");
    await uploadScan(orderId, [...PDF, 51], "Скан.pdf");
    await uploadScan(orderId, [...PDF, 52], "Скан 2.pdf");
    const { rows } = await ownerQuery<{ file_id: string }>("select file_id from order_scans where order_id = $1", [orderId]);
    expect(rows).toHaveLength(2);
    const settings = { "app.organisation_id": director.organisation.id };
    for (const { file_id: fileId } of rows) {
      await expect(ownerQuery("delete from stored_files where id = $1", [fileId])).rejects.toThrow(/kept/);
      await expect(ownerQuery("update stored_files set content = '\\x00' where id = $1", [fileId])).rejects.toThrow(/kept/);
      await expect(appRoleQuery("delete from stored_files where id = $1", [fileId], settings)).rejects.toThrow(/kept/);
    }
    await expect(appRoleQuery("delete from order_scans where order_id = $1", [orderId], settings)).rejects.toThrow(/permission denied/);
  });

  it("a scan of another order does not download through this order", async () => {
    const orderId = await signedWithApproval("2026-05-09");
    const otherOrder = await signedWithApproval("2026-05-10");
    await uploadScan(otherOrder, [...PDF, 53], "Чужой.pdf");
    const { rows } = await ownerQuery<{ id: string }>("select id from order_scans where order_id = $1", [otherOrder]);
    expect(rows).toHaveLength(1);
    const response = await executeTenantRoute(
      route("orders.downloadScanVersion"),
      director.user,
      new Request(`http://localhost/o/${SLUG}/orders/${orderId}/scans/${rows[0]?.id}`),
      { slug: SLUG, orderId, scanId: rows[0]?.id ?? "" },
      null,
    );
    expect(response.status).toBe(404);
  });
});
