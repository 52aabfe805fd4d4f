import { Card } from "@/components/ui/layout";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { acceptAttribute, SCAN_KINDS } from "@/lib/files/kinds";

const NOTICES: Record<string, { text: string; ok: boolean }> = {
  saved: { text: "Скан приложен.", ok: true },
  empty: { text: "Выберите файл скана.", ok: false },
  "too-large": { text: "Файл слишком большой: подойдёт скан до 10 МБ.", ok: false },
  "wrong-type": { text: "Подойдёт PDF, JPEG или PNG.", ok: false },
};

/** The scan of the signed paper original: a plain form, it works without JavaScript too. */
export function OrderScanCard({ base, scan, canUpload, notice }: { base: string; scan: { name: string } | null; canUpload: boolean; notice?: string }) {
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <Card title="Скан подписанного приказа">
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`mb-3 text-sm ${message.ok ? "text-green-900" : "text-red-800"}`}>
          {message.text}
        </p>
      ) : null}
      {scan ? (
        <p className="text-sm">
          <a href={`${base}/scan`}>{scan.name}</a>
        </p>
      ) : (
        <p className="text-sm text-muted">Скан не приложен.</p>
      )}
      {canUpload ? (
        <form method="post" action={`${base}/scan`} encType="multipart/form-data" className="mt-3 space-y-2">
          <label htmlFor="order-scan" className="block text-sm font-medium">
            {scan ? "Заменить скан" : "Приложить скан"} (PDF, JPEG, PNG до 10 МБ)
          </label>
          <input id="order-scan" name="scan" type="file" accept={acceptAttribute(SCAN_KINDS)} className={inputClass} />
          <button type="submit" className={buttonClass("secondary")}>
            Загрузить
          </button>
        </form>
      ) : null}
    </Card>
  );
}
