/** Shown while a list loads; access has already been checked, so the status code is final. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <span className="sr-only">Загрузка…</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="h-6 rounded bg-slate-200" />
      ))}
    </div>
  );
}
