import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { letterhead, paragraph } from "@/lib/documents/layout";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { countRu } from "@/lib/i18n/format";
import { academicYearLabel, MEETING_FREQUENCY_LABELS } from "@/lib/programmes/academic-year";
import type { RoadmapView } from "@/lib/roadmap/queries";

type Programme = RoadmapView["programme"];


/**
 * The programme as the appendix of the order approving it: its passport — what Tandem holds of
 * it, in the school's words — with the roadmap cited as the order's other appendix.
 */
export function programmePages(
  programme: Programme,
  organisation: { fullName: string; founderName: string | null },
  stamp: Paragraph[],
  roadmapAppendix: number,
): (Paragraph | Table)[] {
  // «Ученик – ученик: успевающий – неуспевающий, …», one form a line, capitalised as a list item.
  const forms = programme.forms.map((form) => {
    const title = `${form.title.charAt(0).toUpperCase()}${form.title.slice(1)}`;
    return form.roleModels.length > 0 ? `${title}: ${form.roleModels.join(", ")}` : title;
  });
  const passport: [string, string][] = [
    ["Наименование программы", `Программа наставничества «${programme.title}»`],
    ["Сроки реализации", `${formatCalendarDate(programme.startsOn)} – ${formatCalendarDate(programme.endsOn)} (${academicYearLabel(programme.academicYear)} учебный год)`],
    ["Куратор программы", programme.curatorName ?? "назначается приказом директора"],
    ["Формы наставничества и ролевые модели", forms.length > 0 ? forms.join("\n") : "определяются куратором"],
    ["Наставляемых на одного наставника", `не более ${programme.menteesPerMentor}`],
    ["Срок работы наставнической пары (группы)", `не более ${countRu(programme.maxPairMonths, ["месяца", "месяцев", "месяцев"])}`],
    ["Встречи наставника и наставляемого", MEETING_FREQUENCY_LABELS[programme.meetingFrequency]],
    ["План мероприятий", `дорожная карта реализации программы (приложение ${roadmapAppendix} к приказу)`],
  ];
  const cell = (value: string, width: number, bold = false) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: value.split("\n").map((line) => paragraph(line, { align: AlignmentType.LEFT, bold })) });
  return [
    ...stamp,
    ...letterhead({ founderName: organisation.founderName, fullName: organisation.fullName }),
    paragraph("ПРОГРАММА НАСТАВНИЧЕСТВА", { align: AlignmentType.CENTER, bold: true }),
    paragraph(`«${programme.title}» на ${academicYearLabel(programme.academicYear)} учебный год`, { align: AlignmentType.CENTER, bold: true, spacingAfter: 240 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: passport.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, 38, true), cell(value, 62)] })),
    }),
  ];
}
