import { tenantRoute } from "@/lib/actions/server";
import { calendarDate, formatCalendarDate } from "@/lib/dates/calendar-date";
import { workbookBuffer, xlsxResponse } from "@/lib/export/xlsx";
import { fullName, todayIn } from "@/lib/i18n/format";
import { ageOn } from "@/lib/people/age";
import { formatPhone } from "@/lib/people/phone";
import { PERSON_CATEGORY_LABELS, SUPPORT_NEED_LABELS } from "@/lib/people/labels";
import { peopleForExport } from "@/lib/people/queries";
import { peopleListQuerySchema, type PeopleListQuery } from "@/lib/people/schemas";

/** «: класс 7А, категория «Обучающийся», поиск «Иванов»»: what the export holds. */
function filterLine(query: PeopleListQuery): string {
  const parts = [
    query.className ? `класс ${query.className}` : "",
    query.category ? `категория «${PERSON_CATEGORY_LABELS[query.category]}»` : "",
    query.need ? `особая категория «${SUPPORT_NEED_LABELS[query.need]}»` : "",
    query.q ? `поиск «${query.q}»` : "",
    query.left ? "выбывшие" : "",
  ].filter(Boolean);
  return parts.length > 0 ? `: ${parts.join(", ")}` : "";
}

/**
 * GET /o/<slug>/people/export?…: the list as filtered, as .xlsx that prints (a class list with
 * dates of birth and parents' phones). Special needs are never written into the file.
 */
export const exportPeople = tenantRoute({
  name: "people.export",
  permission: "people.view",
  handle: async ({ ctx, request }) => {
    const query = peopleListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const rows = await peopleForExport(ctx, query);
    const today = todayIn(ctx.organisation.timeZone);
    const buffer = await workbookBuffer({
      sheetName: query.className || "Люди",
      title: [ctx.organisation.fullName, `Список людей${filterLine(query)}`, `Выгружен ${formatCalendarDate(today)}`],
      columns: [
        { header: "№", width: 6 },
        { header: "ФИО", width: 34 },
        { header: "Категория", width: 22 },
        { header: "Класс, группа", width: 12 },
        { header: "Дата рождения", width: 14, format: "date" },
        { header: "Полных лет", width: 10 },
        { header: "Должность, место работы", width: 30 },
        { header: "Телефон", width: 18 },
        { header: "E-mail", width: 26 },
        { header: "Родители (законные представители)", width: 40 },
      ],
      rows: (function* () {
        let number = 0;
        for (const row of rows) {
          number += 1;
          yield [
            number,
            fullName(row),
            PERSON_CATEGORY_LABELS[row.category],
            row.className,
            row.birthDate ? calendarDate(row.birthDate) : null,
            row.birthDate ? ageOn(row.birthDate, today) : null,
            row.position,
            row.phone ? formatPhone(row.phone) : null,
            row.email,
            row.guardians.map((guardian) => [fullName(guardian), guardian.phone ? formatPhone(guardian.phone) : ""].filter(Boolean).join(", ")).join("; "),
          ];
        }
      })(),
    });
    return xlsxResponse(buffer, `Список людей ${ctx.organisation.shortName}${query.className ? ` ${query.className}` : ""} ${today}.xlsx`);
  },
});
