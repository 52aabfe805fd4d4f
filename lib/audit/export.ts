import { tenantRoute } from "@/lib/actions/server";
import { auditActionLabel } from "@/lib/audit/actions";
import { describeAuditDetails, describeRepeats } from "@/lib/audit/describe";
import { auditEventsForExport, auditFilterSchema } from "@/lib/audit/queries";
import { workbookBuffer, xlsxResponse } from "@/lib/export/xlsx";
import { formatDateTime, todayIn } from "@/lib/i18n/format";

/** GET /o/<slug>/audit/export?…: the filtered journal as .xlsx. */
export const exportAuditJournal = tenantRoute({
  name: "audit.export",
  permission: "audit.view",
  handle: async ({ ctx, request }) => {
    const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const rows = await auditEventsForExport(ctx, filter);
    const zone = ctx.organisation.timeZone;
    const buffer = await workbookBuffer(
      "Журнал действий",
      [
        { header: "Дата и время", width: 18 },
        { header: "Действие", width: 36 },
        { header: "Кто", width: 32 },
        { header: "E-mail", width: 28 },
        { header: "Подробности", width: 50 },
        { header: "Повторы за час", width: 36 },
        { header: "IP-адрес", width: 16 },
      ],
      rows.map((row) => [
        formatDateTime(row.createdAt, zone),
        auditActionLabel(row.action),
        row.actorName,
        row.actorEmail,
        describeAuditDetails(row.details),
        describeRepeats(row.repeats, zone),
        row.ipAddress,
      ]),
    );
    return xlsxResponse(buffer, `Журнал действий ${ctx.organisation.shortName} ${todayIn(zone)}.xlsx`);
  },
});
