const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
};

/** An import's errors (nothing is written while there is one) or its warnings (the file still loads). */
export function ProblemList({ id, title, items, tone, testId }: { id: string; title: string; items: React.ReactNode[]; tone: keyof typeof TONES; testId: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className={`rounded-md border p-4 ${TONES[tone]}`}>
      <h2 id={id} className="mb-2 font-semibold">
        {title} ({items.length})
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm" data-testid={testId}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
