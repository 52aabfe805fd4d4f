import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TabStopType, WidthType, convertMillimetersToTwip } from "docx";
import { DOCUMENT_STYLES, documentSection, paragraph, text } from "@/lib/documents/layout";

export type OrderDocument = {
  organisation: { fullName: string; shortName: string; locality: string; directorName: string };
  title: string;
  preamble: string;
  points: string[];
  number: string | null;
  signedOn: string | null; // dd.MM.yyyy
  signerName: string; // «С.А. Никитина»
  acquainted: string[];
  verificationUrl: string;
};

const RIGHT_EDGE = convertMillimetersToTwip(170);

function lineWithRightPart(left: string, right: string): Paragraph {
  return new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_EDGE }], children: [text(left), text(`\t${right}`)] });
}

function acquaintanceSheet(order: OrderDocument): (Paragraph | Table)[] {
  const header = ["№", "Фамилия, имя, отчество", "Подпись", "Дата"];
  const widths = [8, 52, 20, 20];
  const cell = (value: string, index: number, bold = false) =>
    new TableCell({ width: { size: widths[index] ?? 20, type: WidthType.PERCENTAGE }, children: [paragraph(value, { align: AlignmentType.LEFT, bold })] });
  const names = order.acquainted.length > 0 ? order.acquainted : [""];
  return [
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [text("ЛИСТ ОЗНАКОМЛЕНИЯ", { bold: true })] }),
    paragraph(`с приказом от ${order.signedOn ?? "«___» __________ 20__ г."} № ${order.number ?? "____"} «${order.title}»`, { align: AlignmentType.CENTER, spacingAfter: 240 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((value, index) => cell(value, index, true)) }),
        ...names.map((name, index) => new TableRow({ children: [cell(String(index + 1), 0), cell(name, 1), cell("", 2), cell("", 3)] })),
      ],
    }),
  ];
}

/** An order in the usual Russian layout (ГОСТ Р 7.0.97-2025), with its acquaintance sheet. */
export async function orderDocx(order: OrderDocument): Promise<Buffer> {
  const signed = order.number !== null;
  const body: (Paragraph | Table)[] = [
    ...(signed ? [] : [paragraph("ПРОЕКТ", { align: AlignmentType.RIGHT, bold: true })]),
    paragraph(order.organisation.fullName, { align: AlignmentType.CENTER, bold: true }),
    paragraph(`(${order.organisation.shortName})`, { align: AlignmentType.CENTER, spacingAfter: 360 }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [text("ПРИКАЗ", { bold: true, size: 32 })] }),
    lineWithRightPart(order.signedOn ?? "«___» __________ 20__ г.", `№ ${order.number ?? "____"}`),
    paragraph(order.organisation.locality, { align: AlignmentType.CENTER, spacingAfter: 360 }),
    paragraph(order.title, { align: AlignmentType.LEFT, bold: true, spacingAfter: 240 }),
    paragraph(`${order.preamble.replace(/[.,;\s]+$/, "")}`, { indentFirstLine: true, spacingAfter: 120 }),
    paragraph("ПРИКАЗЫВАЮ:", { align: AlignmentType.LEFT, bold: true, spacingAfter: 120 }),
    ...order.points.map((point, index) => paragraph(`${index + 1}. ${point}`, { indentFirstLine: true })),
    new Paragraph({ spacing: { before: 600 }, tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_EDGE }], children: [text("Директор"), text("\t____________ "), text(order.signerName)] }),
    ...acquaintanceSheet(order),
  ];
  const document = new Document({
    creator: "Тандем",
    title: `Приказ ${order.number ? `№ ${order.number}` : "(проект)"} ${order.title}`,
    styles: DOCUMENT_STYLES,
    sections: [await documentSection(body, { verificationUrl: order.verificationUrl })],
  });
  return Packer.toBuffer(document);
}
