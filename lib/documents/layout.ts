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

export async function qrCodeRun(url: string): Promise<ImageRun> {
  const data = await QRCode.toBuffer(url, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" });
  return new ImageRun({ type: "png", data, transformation: { width: 80, height: 80 } });
}

/** A portrait (or landscape) A4 section with the standard margins, numbering from page 2 and the QR on page 1. */
export async function documentSection(
  children: ISectionOptions["children"],
  options: { verificationUrl?: string; landscape?: boolean } = {},
): Promise<ISectionOptions> {
  const qr = options.verificationUrl ? await qrCodeRun(options.verificationUrl) : null;
  return {
    properties: {
      titlePage: true,
      page: {
        size: options.landscape ? { orientation: "landscape", width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) } : undefined,
        margin: { ...margin, header: convertMillimetersToTwip(10), footer: convertMillimetersToTwip(10) },
      },
    },
    headers: {
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 24 })] })] }),
      first: new Header({ children: [] }),
    },
    footers: {
      first: new Footer({ children: qr ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [qr] })] : [] }),
      default: new Footer({ children: [] }),
    },
    children,
  };
}
