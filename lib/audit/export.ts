import { tenantRoute } from "@/lib/actions/server";
import { auditActionLabel } from "@/lib/audit/actions";
import { describeAuditDetails, describeRepeats } from "@/lib/audit/describe";
import { auditEventsForExport, auditFilterSchema, type AuditFilter } from "@/lib/audit/queries";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { workbookBuffer, xlsxResponse } from "@/lib/export/xlsx";
import { todayIn, wallClock } from "@/lib/i18n/format";

/** « с 01.09.2025 по 31.12.2025, действие «Роли изменены», поиск «Иванова»»: what the export holds. */
function auditFilterLine(filter: AuditFilter): string {
  const parts = [
    filter.from ? `с ${formatCalendarDate(filter.from)}` : "",
    filter.to ? `по ${formatCalendarDate(filter.to)}` : "",
    filter.action ? `действие «${auditActionLabel(filter.action)}»` : "",
    filter.q ? `поиск «${filter.q}»` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `: ${parts.join(", ")}` : "";
}

/** GET /o/<slug>/audit/export?…: the filtered journal as .xlsx. */
export const exportAuditJournal = tenantRoute({
  name: "audit.export",
  permission: "audit.view",
  handle: async ({ ctx, request }) => {
    const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const rows = await auditEventsForExport(ctx, filter);
    const zone = ctx.organisation.timeZone;
    const today = todayIn(zone);
    const buffer = await workbookBuffer({
      sheetName: "Журнал действий",
      title: [ctx.organisation.fullName, `Журнал действий пользователей${auditFilterLine(filter)}`, `Выгружен ${formatCalendarDate(today)}`],
      columns: [
        { header: "Дата и время", width: 18, format: "dateTime" },
        { header: "Действие", width: 36 },
        { header: "Кто", width: 32 },
        { header: "E-mail", width: 28 },
        { header: "Подробности", width: 50 },
        { header: "Повторы за час", width: 36 },
        { header: "IP-адрес", width: 16 },
      ],
      // Described row by row as the workbook is written, in its time slices.
      rows: (function* () {
        for (const row of rows) {
          yield [
            wallClock(row.createdAt, zone),
            auditActionLabel(row.action),
            row.actorName,
            row.actorEmail,
            describeAuditDetails(row.details),
            describeRepeats(row.repeats, zone),
            row.ipAddress,
          ];
        }
      })(),
    });
    return xlsxResponse(buffer, `Журнал действий ${ctx.organisation.shortName} ${today}.xlsx`);
  },
});
