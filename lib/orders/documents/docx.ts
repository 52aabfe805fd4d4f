import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TabStopType, WidthType, convertMillimetersToTwip } from "docx";
import { DOCUMENT_STYLES, documentSection, letterhead, orderDateText, orderNumberText, paragraph, text } from "@/lib/documents/layout";
import type { AcquaintedPerson } from "@/lib/orders/documents/acquaintance";

/** An appendix on its own pages, its mark top right of the first (lib/documents/layout appendixMark). */
export type OrderAppendix = { landscape: boolean; children: (Paragraph | Table)[] };

export type OrderDocument = {
  organisation: { fullName: string; shortName: string; founderName: string | null; locality: string };
  title: string;
  preamble: string;
  points: string[];
  number: string | null;
  signedOn: string | null; // dd.MM.yyyy
  signerName: string; // «С.А. Никитина»
  acquainted: AcquaintedPerson[];
  appendices: OrderAppendix[];
  verificationUrl: string;
};

const RIGHT_EDGE = convertMillimetersToTwip(170);
/** Rows of the acquaintance sheet at the least: people the order does not name sign on the blank ones. */
const MIN_ACQUAINTANCE_ROWS = 5;

function lineWithRightPart(left: string, right: string): Paragraph {
  return new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_EDGE }], children: [text(left), text(`\t${right}`)] });
}

/** «ЛИСТ ОЗНАКОМЛЕНИЯ»: one numbered row per person the order names, with blank cells to sign and date. */
function acquaintanceSheet(order: OrderDocument): (Paragraph | Table)[] {
  const header = ["№", "Фамилия, имя, отчество", "Должность", "Подпись", "Дата"];
  const widths = [6, 36, 26, 16, 16];
  const cell = (value: string, index: number, bold = false) =>
    new TableCell({ width: { size: widths[index] ?? 16, type: WidthType.PERCENTAGE }, children: [paragraph(value, { align: AlignmentType.LEFT, bold })] });
  const blanks = Math.max(0, MIN_ACQUAINTANCE_ROWS - order.acquainted.length);
  const people: (AcquaintedPerson | null)[] = [...order.acquainted, ...Array<null>(blanks).fill(null)];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text("ЛИСТ ОЗНАКОМЛЕНИЯ", { bold: true })] }),
    paragraph(`с приказом от ${orderDateText(order)} ${orderNumberText(order)} «${order.title}»`, { align: AlignmentType.CENTER, spacingAfter: 240 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((value, index) => cell(value, index, true)) }),
        ...people.map(
          (person, index) =>
            new TableRow({ cantSplit: true, children: [cell(String(index + 1), 0), cell(person?.name ?? "", 1), cell(person?.position ?? "", 2), cell("", 3), cell("", 4)] }),
        ),
      ],
    }),
  ];
}

/**
 * An order in the layout of ГОСТ Р 7.0.97-2025: the letterhead, «ПРИКАЗ», date and number, place,
 * heading, text, signature and the QR of its page; then each appendix it cites on its own pages;
 * then the acquaintance sheet.
 */
export async function orderDocx(order: OrderDocument): Promise<Buffer> {
  const signed = order.number !== null;
  const body: Paragraph[] = [
    ...(signed ? [] : [paragraph("ПРОЕКТ", { align: AlignmentType.RIGHT, bold: true })]),
    ...letterhead(order.organisation),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [text("ПРИКАЗ", { bold: true, size: 32 })] }),
    lineWithRightPart(orderDateText(order), orderNumberText(order)),
    paragraph(order.organisation.locality, { align: AlignmentType.CENTER, spacingAfter: 360 }),
    paragraph(order.title, { align: AlignmentType.LEFT, bold: true, spacingAfter: 240 }),
    paragraph(`${order.preamble.replace(/[.,;\s]+$/, "")}`, { indentFirstLine: true, spacingAfter: 120 }),
    paragraph("ПРИКАЗЫВАЮ:", { align: AlignmentType.LEFT, bold: true, spacingAfter: 120 }),
    ...order.points.map((point, index) => paragraph(`${index + 1}. ${point}`, { indentFirstLine: true })),
    new Paragraph({ spacing: { before: 600 }, tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_EDGE }], children: [text("Директор"), text("\t____________ "), text(order.signerName)] }),
  ];
  const document = new Document({
    creator: "Тандем",
    title: `Приказ ${order.number ? `№ ${order.number}` : "(проект)"} ${order.title}`,
    styles: DOCUMENT_STYLES,
    sections: [
      await documentSection(body, { verificationUrl: order.verificationUrl }),
      ...(await Promise.all(order.appendices.map((appendix) => documentSection(appendix.children, { landscape: appendix.landscape, continuation: true })))),
      await documentSection(acquaintanceSheet(order), { continuation: true }),
    ],
  });
  return Packer.toBuffer(document);
}
