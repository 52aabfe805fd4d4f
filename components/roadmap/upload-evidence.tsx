import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { acceptAttribute, DOCUMENT_KINDS } from "@/lib/files/kinds";

const NOTICES: Record<string, { text: string; ok: boolean }> = {
  saved: { text: "Документ приложен.", ok: true },
  empty: { text: "Выберите файл.", ok: false },
  "too-large": { text: "Файл слишком большой: подойдёт файл до 10 МБ.", ok: false },
  "wrong-type": { text: "Подойдёт PDF, Word (.docx), Excel (.xlsx), JPEG или PNG.", ok: false },
  "old-format": { text: "Файлы .doc и .xls не принимаются: сохраните документ как .docx или .xlsx.", ok: false },
  invalid: { text: "Название документа — не длиннее 300 символов, без недопустимых символов.", ok: false },
};

/** A document from the school's computer as evidence: a plain multipart form. */
export function UploadEvidence({ action, notice }: { action: string; notice?: string }) {
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <form method="post" action={action} encType="multipart/form-data" className="space-y-2">
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-900" : "text-red-800"}`}>
          {message.text}
        </p>
      ) : null}
      <label htmlFor="evidence-document-title" className="block text-sm font-medium">Название документа</label>
      <input id="evidence-document-title" name="title" className={inputClass} placeholder="Протокол педсовета № 1" />
      <label htmlFor="evidence-document" className="block text-sm font-medium">Файл (PDF, Word .docx, Excel .xlsx, JPEG, PNG до 10 МБ; не .doc и .xls)</label>
      <input id="evidence-document" name="document" type="file" accept={acceptAttribute(DOCUMENT_KINDS)} className={inputClass} />
      <button type="submit" className={buttonClass("secondary")}>
        Приложить файл
      </button>
    </form>
  );
}
