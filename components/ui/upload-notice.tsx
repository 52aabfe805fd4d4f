const NOTICES: Record<string, { text: string; ok: boolean }> = {
  saved: { text: "Документ приложен.", ok: true },
  empty: { text: "Выберите файл.", ok: false },
  "too-large": { text: "Файл слишком большой: подойдёт файл до 10 МБ.", ok: false },
  "wrong-type": { text: "Подойдёт PDF, Word (.docx), Excel (.xlsx), JPEG или PNG.", ok: false },
  "old-format": { text: "Файлы .doc и .xls не принимаются: сохраните документ как .docx или .xlsx.", ok: false },
  invalid: { text: "Название документа — не длиннее 300 символов, без недопустимых символов.", ok: false },
};

/** What became of a file sent by a plain multipart form (lib/files/upload.ts backTo puts it in ?upload=). */
export function UploadNotice({ notice }: { notice?: string }) {
  const message = notice ? NOTICES[notice] : undefined;
  if (!message) return null;
  return (
    <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-900" : "text-red-800"}`}>
      {message.text}
    </p>
  );
}
