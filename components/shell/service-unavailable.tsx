// Also written out as plain HTML by lib/auth/session-gate.ts (proxy.ts cannot render React):
// the texts live here once, and inline styles keep both looking the same without the app's CSS.
export const SERVICE_UNAVAILABLE = {
  title: "Сервис временно недоступен",
  message: "Не удалось связаться с базой данных. Вы остаётесь в системе. Обновите страницу через минуту.",
  retry: "Обновить страницу",
} as const;

export const SERVICE_UNAVAILABLE_STYLES = {
  main: "max-width:32rem;margin:0 auto;padding:4rem 1rem;text-align:center;color:#0f172a;font-family:system-ui,sans-serif",
  code: "font-size:3rem;font-weight:700;color:#1e40af;margin:0",
  title: "font-size:1.5rem;font-weight:600",
  message: "color:#334155",
  link: "color:#1d4ed8;text-decoration:underline",
} as const;

/** A CSS declaration list as a React style object. */
function style(css: string): React.CSSProperties {
  return Object.fromEntries(
    css.split(";").map((declaration) => {
      const [property = "", value = ""] = declaration.split(":");
      return [property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), value];
    }),
  );
}

export function ServiceUnavailable({ retryHref }: { retryHref: string }) {
  const styles = SERVICE_UNAVAILABLE_STYLES;
  return (
    <main id="main" style={style(styles.main)}>
      <p style={style(styles.code)}>503</p>
      <h1 style={style(styles.title)}>{SERVICE_UNAVAILABLE.title}</h1>
      <p style={style(styles.message)}>{SERVICE_UNAVAILABLE.message}</p>
      <p>
        <a href={retryHref} style={style(styles.link)}>
          {SERVICE_UNAVAILABLE.retry}
        </a>
      </p>
    </main>
  );
}
