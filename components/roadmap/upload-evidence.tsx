import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";

const NOTICES: Record<string, { text: string; ok: boolean }> = {
  saved: { text: "Документ приложен.", ok: true },
  empty: { text: "Выберите файл.", ok: false },
  "too-large": { text: "Файл больше 10 МБ.", ok: false },
  "wrong-type": { text: "Подойдёт PDF, Word, Excel, JPEG или PNG.", ok: false },
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
      <label htmlFor="evidence-document" className="block text-sm font-medium">Файл (PDF, Word, Excel, JPEG, PNG до 10 МБ)</label>
      <input id="evidence-document" name="document" type="file" className={inputClass} />
      <button type="submit" className={buttonClass("secondary")}>
        Приложить файл
      </button>
    </form>
  );
}
