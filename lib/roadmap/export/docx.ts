import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { DOCUMENT_STYLES, appendixMark, documentSection, letterhead, paragraph, text } from "@/lib/documents/layout";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { roleList } from "@/lib/access/roles";
import { initialsOfFullName } from "@/lib/i18n/format";
import { APPROVAL_APPENDICES } from "@/lib/orders/templates";
import { activityNumber, approvingOrder, roadmapTitle, stageNumber } from "@/lib/roadmap/export/heading";

export type DocumentOrganisation = { fullName: string; founderName: string | null; directorName: string };

export type RoadmapDocumentHeader = {
  organisation: DocumentOrganisation;
  verificationUrl: string;
};

const COLUMNS = [
  { title: "Мероприятия", width: 40 },
  { title: "Результат", width: 22 },
  { title: "Сроки", width: 16 },
  { title: "Ответственные", width: 22 },
];
const TABLE_TEXT = 24; // 12 pt: ГОСТ's smallest size, still readable in a wide landscape table

function cell(value: string, column: number, options: { bold?: boolean; keepNext?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: options.span ? 100 : (COLUMNS[column]?.width ?? 10), type: WidthType.PERCENTAGE },
    columnSpan: options.span,
    children: value
      .split("\n")
      .map((line) => new Paragraph({ keepNext: options.keepNext, keepLines: true, children: [text(line, { bold: options.bold, size: TABLE_TEXT })] })),
  });
}

/**
 * The school's table. The header row repeats on every page; a stage is a row of its own across
 * the table, never split and kept with its first activity, so its name is never left alone at
 * the foot of a page nor broken across two; each activity row stays whole on one page.
 */
export function roadmapTable(roadmap: RoadmapView): Table {
  const rows: TableRow[] = [
    new TableRow({ tableHeader: true, cantSplit: true, children: COLUMNS.map((column, index) => cell(column.title, index, { bold: true })) }),
  ];
  roadmap.stages.forEach((stage, stageIndex) => {
    rows.push(new TableRow({ cantSplit: true, children: [cell(`${stageNumber(stageIndex)} ${stage.title}`, 0, { bold: true, keepNext: true, span: COLUMNS.length })] }));
    stage.activities.forEach((activity, index) => {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(`${activityNumber(stageIndex, index)} ${activity.title}${activity.description ? `\n${activity.description}` : ""}`, 0),
            cell(activity.expectedResult ?? "", 1),
            cell(activity.periodText, 2),
            cell(activity.responsibleText || roleList(activity.responsibleRoles), 3),
          ],
        }),
      );
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/** Top right: the appendix mark and approval stamp of its order, or a blank «УТВЕРЖДАЮ» for signing by hand. */
function approvalBlock(roadmap: RoadmapView, organisation: DocumentOrganisation): Paragraph[] {
  const order = approvingOrder(roadmap.programme);
  if (order) return appendixMark(APPROVAL_APPENDICES.roadmap, order);
  const right = (value: string, bold = false) => paragraph(value, { align: AlignmentType.RIGHT, bold });
  return [right("УТВЕРЖДАЮ", true), right(`Директор ____________ ${initialsOfFullName(organisation.directorName)}`), right("«___» ____________ 20__ г.")];
}

/** The roadmap's pages: the stamp, the organisation, the title and the table. */
export function roadmapPages(roadmap: RoadmapView, organisation: DocumentOrganisation, stamp: Paragraph[]): (Paragraph | Table)[] {
  return [
    ...stamp,
    ...letterhead({ founderName: organisation.founderName, fullName: organisation.fullName }),
    paragraph(roadmapTitle(roadmap.programme), { align: AlignmentType.CENTER, bold: true, spacingAfter: 240 }),
    roadmapTable(roadmap),
  ];
}

/** The roadmap as the printable landscape table schools file, with the approval stamp. */
export async function roadmapDocx(roadmap: RoadmapView, header: RoadmapDocumentHeader): Promise<Buffer> {
  const body = roadmapPages(roadmap, header.organisation, approvalBlock(roadmap, header.organisation));
  const document = new Document({
    creator: "Тандем",
    title: `Дорожная карта ${roadmap.programme.title}`,
    styles: DOCUMENT_STYLES,
    sections: [await documentSection(body, { verificationUrl: header.verificationUrl, landscape: true })],
  });
  return Packer.toBuffer(document);
}
