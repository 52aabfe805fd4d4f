"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <main>
          <h1>500 — ошибка на сервере</h1>
          <p>Не удалось открыть страницу. Попробуйте ещё раз через минуту.</p>
          <button type="button" onClick={reset}>
            Попробовать ещё раз
          </button>
        </main>
      </body>
    </html>
  );
}
