import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType } from "docx";
import { DOCUMENT_STYLES, documentSection, paragraph, text } from "@/lib/documents/layout";
import type { RoadmapView } from "@/lib/roadmap/queries";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { roleList } from "@/lib/access/roles";

export type RoadmapDocumentHeader = {
  organisationFullName: string;
  directorSignature: string; // «С.А. Никитина»
  approval: { signedOn: string; number: string } | null; // dd.MM.yyyy
  verificationUrl: string;
};

const COLUMNS = [
  { title: "Этап", width: 16 },
  { title: "Мероприятия", width: 34 },
  { title: "Результат", width: 18 },
  { title: "Сроки", width: 14 },
  { title: "Ответственные", width: 18 },
];
const SMALL = 22; // 11 pt in table cells keeps a wide roadmap readable in landscape

function cell(value: string, column: number, options: { bold?: boolean; merge?: "restart" | "continue" } = {}): TableCell {
  return new TableCell({
    width: { size: COLUMNS[column]?.width ?? 10, type: WidthType.PERCENTAGE },
    verticalMerge: options.merge === "restart" ? VerticalMergeType.RESTART : options.merge === "continue" ? VerticalMergeType.CONTINUE : undefined,
    children: value.split("\n").map((line) => new Paragraph({ children: [text(line, { bold: options.bold, size: SMALL })] })),
  });
}

/** The approval block, top right: «УТВЕРЖДЕНО приказом … от … № …», or a blank «УТВЕРЖДАЮ» for signing by hand. */
function approvalBlock(header: RoadmapDocumentHeader): Paragraph[] {
  const right = (value: string, bold = false) => paragraph(value, { align: AlignmentType.RIGHT, bold });
  if (header.approval) {
    return [
      right(`Приложение к приказу от ${header.approval.signedOn} № ${header.approval.number}`),
      right("УТВЕРЖДЕНО", true),
      right(`приказом директора от ${header.approval.signedOn} № ${header.approval.number}`),
    ];
  }
  return [right("УТВЕРЖДАЮ", true), right(`Директор ____________ ${header.directorSignature}`), right("«___» ____________ 20__ г.")];
}

/** The roadmap as the printable landscape table schools file, with the approval stamp. */
export async function roadmapDocx(roadmap: RoadmapView, header: RoadmapDocumentHeader): Promise<Buffer> {
  const rows: TableRow[] = [
    new TableRow({ tableHeader: true, children: COLUMNS.map((column, index) => cell(column.title, index, { bold: true })) }),
  ];
  roadmap.stages.forEach((stage, stageIndex) => {
    const activities = stage.activities.length > 0 ? stage.activities : [null];
    activities.forEach((activity, index) => {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(index === 0 ? `${stageIndex + 1}. ${stage.title}` : "", 0, { merge: activities.length > 1 ? (index === 0 ? "restart" : "continue") : undefined }),
            cell(activity ? `${index + 1}. ${activity.title}${activity.description ? `\n${activity.description}` : ""}` : "", 1),
            cell(activity?.expectedResult ?? "", 2),
            cell(activity?.periodText ?? "", 3),
            cell(activity ? activity.responsibleText || roleList(activity.responsibleRoles) : "", 4),
          ],
        }),
      );
    });
  });
  const body = [
    ...approvalBlock(header),
    paragraph(header.organisationFullName, { align: AlignmentType.CENTER, bold: true, spacingAfter: 120 }),
    paragraph(`Дорожная карта (план мероприятий) реализации программы наставничества «${roadmap.programme.title}» на ${academicYearLabel(roadmap.programme.academicYear)} учебный год`, {
      align: AlignmentType.CENTER,
      bold: true,
      spacingAfter: 240,
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
  const document = new Document({
    creator: "Тандем",
    title: `Дорожная карта ${roadmap.programme.title}`,
    styles: DOCUMENT_STYLES,
    sections: [await documentSection(body, { verificationUrl: header.verificationUrl, landscape: true })],
  });
  return Packer.toBuffer(document);
}
