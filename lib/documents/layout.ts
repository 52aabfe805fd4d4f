import {
  AlignmentType,
  convertMillimetersToTwip,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import QRCode from "qrcode";

/**
 * The page of an organisational document under ГОСТ Р 7.0.97-2025: A4, margins of at least
 * 20 mm left and 10 mm right, 20 mm top and bottom; Times New Roman 14 pt; pages numbered
 * from the second, centred at the top; a QR code of the document bottom right of the first page.
 */
export const FONT = "Times New Roman";
export const FONT_SIZE = 28; // half-points: 14 pt

export const DOCUMENT_STYLES = {
  default: { document: { run: { font: FONT, size: FONT_SIZE }, paragraph: { spacing: { line: 276 } } } },
};

/** Rounded up: a margin must never come out a fraction under the standard's minimum. */
const mm = (millimetres: number) => Math.ceil((millimetres * 1440) / 25.4);

const margin = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(10) };

export function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean } = {}): TextRun {
  return new TextRun({ text: value, font: FONT, size: options.size ?? FONT_SIZE, bold: options.bold, italics: options.italics, allCaps: options.allCaps });
}

export function paragraph(
  value: string | TextRun[],
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean; indentFirstLine?: boolean; spacingAfter?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.BOTH,
    indent: options.indentFirstLine ? { firstLine: convertMillimetersToTwip(12.5) } : undefined,
    spacing: { after: options.spacingAfter ?? 0 },
    keepNext: options.keepNext,
    children: typeof value === "string" ? [text(value, { bold: options.bold })] : value,
  });
}

/**
 * The top of an organisational document: the founder / higher body where the letterhead has
 * one, the organisation's full name, and its short name in brackets.
 */
export function letterhead(organisation: { founderName: string | null; fullName: string; shortName?: string }): Paragraph[] {
  return [
    ...(organisation.founderName ? [paragraph(organisation.founderName, { align: AlignmentType.CENTER, spacingAfter: 120 })] : []),
    paragraph(organisation.fullName, { align: AlignmentType.CENTER, bold: true, spacingAfter: organisation.shortName ? 0 : 120 }),
    ...(organisation.shortName ? [paragraph(`(${organisation.shortName})`, { align: AlignmentType.CENTER, spacingAfter: 360 })] : []),
  ];
}

/** An order's date and number as they are cited, blanks while it is a draft. */
export type OrderReference = { signedOn: string | null; number: string | null }; // dd.MM.yyyy

export const orderDateText = (order: OrderReference) => order.signedOn ?? "«___» __________ 20__ г.";
export const orderNumberText = (order: OrderReference) => `№ ${order.number ?? "____"}`;

/**
 * The mark of an appendix, top right of its first page: «Приложение 2 к приказу от 05.09.2025 № 4»,
 * then the approval stamp «УТВЕРЖДЕНО приказом директора от … № …».
 */
export function appendixMark(appendix: number, order: OrderReference): Paragraph[] {
  const right = (value: string, bold = false, spacingAfter = 0) => paragraph(value, { align: AlignmentType.RIGHT, bold, spacingAfter });
  return [
    right(`Приложение ${appendix}`),
    right(`к приказу от ${orderDateText(order)} ${orderNumberText(order)}`, false, 120),
    right("УТВЕРЖДЕНО", true),
    right(`приказом директора от ${orderDateText(order)} ${orderNumberText(order)}`, false, 240),
  ];
}

export async function qrCodeRun(url: string): Promise<ImageRun> {
  const data = await QRCode.toBuffer(url, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" });
  return new ImageRun({ type: "png", data, transformation: { width: 80, height: 80 } });
}

/**
 * A portrait (or landscape) A4 section with the standard margins. The first section of a
 * document is numbered from its second page and carries the QR on page 1; a continuation (an
 * appendix on its own pages) goes on numbering from its first page.
 */
export async function documentSection(
  children: ISectionOptions["children"],
  options: { verificationUrl?: string; landscape?: boolean; continuation?: boolean } = {},
): Promise<ISectionOptions> {
  const qr = options.verificationUrl && !options.continuation ? await qrCodeRun(options.verificationUrl) : null;
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 24 })] })] });
  return {
    properties: {
      titlePage: !options.continuation,
      page: {
        size: options.landscape ? { orientation: "landscape", width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) } : undefined,
        margin: { ...margin, header: convertMillimetersToTwip(10), footer: convertMillimetersToTwip(10) },
      },
    },
    headers: options.continuation ? { default: pageNumber } : { default: pageNumber, first: new Header({ children: [] }) },
    footers: options.continuation
      ? { default: new Footer({ children: [] }) }
      : {
          first: new Footer({ children: qr ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [qr] })] : [] }),
          default: new Footer({ children: [] }),
        },
    children,
  };
}
