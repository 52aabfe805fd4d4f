import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import { acceptAttribute, DOCUMENT_KINDS } from "@/lib/files/kinds";
import { UploadNotice } from "@/components/ui/upload-notice";

/** A document from the school's computer as evidence: a plain multipart form. */
export function UploadEvidence({ action, notice }: { action: string; notice?: string }) {
  return (
    <form method="post" action={action} encType="multipart/form-data" className="space-y-2">
      <UploadNotice notice={notice} />
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
