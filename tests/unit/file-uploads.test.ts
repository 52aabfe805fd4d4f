import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { detectFileKind, isLegacyOffice } from "@/lib/files/detect";
import { acceptAttribute, DOCUMENT_KINDS, SCAN_KINDS } from "@/lib/files/kinds";
import { cleanFileName, MAX_FILE_NAME_LENGTH } from "@/lib/files/names";
import { backTo, MAX_UPLOAD_BYTES, uploadProblem } from "@/lib/files/upload";
import { docxBytes, EXE_BYTES, JPEG_BYTES, LEGACY_DOC_BYTES, pdfBytes, PNG_BYTES, xlsxBytes } from "./support/sample-files";

const fileOf = (bytes: Uint8Array, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

describe("an upload's type is decided by its bytes, not by what the client claims", () => {
  it("recognises PDF, JPEG and PNG by their signatures", () => {
    expect(detectFileKind(pdfBytes())).toBe("pdf");
    expect(detectFileKind(JPEG_BYTES)).toBe("jpeg");
    expect(detectFileKind(PNG_BYTES)).toBe("png");
  });

  it("recognises .docx and .xlsx as packages whose entries say word/ or xl/", async () => {
    expect(detectFileKind(await docxBytes())).toBe("docx");
    expect(detectFileKind(await xlsxBytes())).toBe("xlsx");
  });

  it("does not take any ZIP for an office document", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("payload.exe", "MZ");
    expect(detectFileKind(await zip.generateAsync({ type: "uint8array" }))).toBeNull();
    expect(detectFileKind(Buffer.from("PK\x03\x04 broken", "latin1"))).toBeNull();
  });

  it("refuses a renamed .exe or an HTML page that claims to be a PDF", async () => {
    expect(detectFileKind(EXE_BYTES)).toBeNull();
    expect(detectFileKind(Buffer.from("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(await uploadProblem(fileOf(EXE_BYTES, "prikaz.pdf", "application/pdf"))).toBe("wrong-type");
    expect(await uploadProblem(fileOf(Buffer.from("<html><script>"), "scan.pdf", "application/pdf"), SCAN_KINDS)).toBe("wrong-type");
  });

  it("accepts a real file whatever Content-Type the browser sent", async () => {
    expect(await uploadProblem(fileOf(pdfBytes(), "scan", "application/octet-stream"), SCAN_KINDS)).toBeNull();
    expect(await uploadProblem(fileOf(await docxBytes(), "protocol.docx", ""))).toBeNull();
  });

  it("keeps scans to PDF, JPEG and PNG", async () => {
    expect(await uploadProblem(fileOf(await xlsxBytes(), "scan.xlsx", "application/pdf"), SCAN_KINDS)).toBe("wrong-type");
  });

  it("refuses legacy .doc/.xls with their own notice", async () => {
    expect(isLegacyOffice(LEGACY_DOC_BYTES)).toBe(true);
    expect(await uploadProblem(fileOf(LEGACY_DOC_BYTES, "protocol.doc", "application/msword"))).toBe("old-format");
    expect(acceptAttribute(DOCUMENT_KINDS)).not.toMatch(/\.doc,|\.xls,|msword|ms-excel/);
    expect(acceptAttribute(SCAN_KINDS)).toBe(".pdf,application/pdf,.jpg,.jpeg,image/jpeg,.png,image/png");
  });

  it("says empty for no file, too large for one over the limit", async () => {
    expect(await uploadProblem(null)).toBe("empty");
    expect(await uploadProblem(fileOf(new Uint8Array(0), "a.pdf", "application/pdf"))).toBe("empty");
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_UPLOAD_BYTES)]);
    expect(await uploadProblem(fileOf(big, "big.pdf", "application/pdf"))).toBe("too-large");
  });
});

describe("a stored file's name is cleaned", () => {
  it("keeps only the last part of a path", () => {
    expect(cleanFileName("C:\\Users\\school\\Приказ 1.pdf", "pdf")).toBe("Приказ 1.pdf");
    expect(cleanFileName("../../etc/passwd.pdf", "pdf")).toBe("passwd.pdf");
  });

  it("drops control and bidi characters, so «exe» cannot pose as «pdf»", () => {
    expect(cleanFileName("отчёт\u202Efdp.exe", "pdf")).toBe("отчётfdp.exe.pdf");
    expect(cleanFileName("a\u0000b\nc\u200Fd.png", "png")).toBe("abcd.png");
  });

  it("ends with an extension of the detected type", () => {
    expect(cleanFileName("Скан.PDF", "pdf")).toBe("Скан.pdf");
    expect(cleanFileName("photo.jpeg", "jpeg")).toBe("photo.jpeg");
    expect(cleanFileName("photo", "jpeg")).toBe("photo.jpg");
    expect(cleanFileName("report.html", "pdf")).toBe("report.html.pdf");
    expect(cleanFileName("...", "xlsx")).toBe("файл.xlsx");
    expect(cleanFileName('a<b>:"|?*.docx', "docx")).toBe("a_b______.docx");
  });

  it("is bounded in length", () => {
    const name = cleanFileName(`${"я".repeat(500)}.pdf`, "pdf");
    expect(name.length).toBe(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("after an upload the browser goes back with a relative address", () => {
  it("is a 303 to the page itself, on whatever host the browser used", () => {
    const response = backTo("/o/lyceum-17/orders/1", "saved");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/o/lyceum-17/orders/1?upload=saved");
  });
});
