import Link from "next/link";

/** The frame of the 404/403/500 pages. */
export function StatusPage({ code, title, children }: { code: string; title: string; children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-lg space-y-4 text-center">
        <p className="text-5xl font-bold text-brand-700">{code}</p>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <div className="text-muted">{children}</div>
        <p>
          <Link href="/">На главную</Link>
        </p>
      </div>
    </main>
  );
}
