import type { TenantContext } from "@/lib/tenancy/context";
import { previousOrderScans } from "@/lib/orders/documents/scan-history";
import { formatDateTime } from "@/lib/i18n/format";
import { Card } from "@/components/ui/layout";

/** Earlier scans of a signed order, kept when the scan was replaced; nothing when there are none. */
export async function ScanHistory({ ctx, orderId }: { ctx: TenantContext; orderId: string }) {
  const scans = await previousOrderScans(ctx, orderId);
  if (scans.length === 0) return null;
  const base = `/o/${ctx.organisation.slug}/orders/${orderId}/scans`;
  return (
    <Card title="Предыдущие версии скана">
      <ul className="space-y-1 text-sm" data-testid="scan-history">
        {scans.map((scan) => (
          <li key={scan.id}>
            <a href={`${base}/${scan.id}`}>{scan.fileName}</a>
            {`, ${scan.attachedBy ?? "—"}, ${formatDateTime(scan.attachedAt, ctx.organisation.timeZone)}`}
          </li>
        ))}
      </ul>
    </Card>
  );
}
