import Link from "next/link";
import { countRu } from "@/lib/i18n/format";

/** Page links that keep the current filters; the total uses Russian plural forms. */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
  noun,
  capped = false,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
  noun: readonly [string, string, string];
  /** The total is a lower bound: there are more than `total` (a capped count). */
  capped?: boolean;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set("page", String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label="Страницы" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <span className="text-muted">
        Всего: {capped ? `более ${countRu(total, noun)} — уточните фильтр, чтобы увидеть более ранние` : countRu(total, noun)}
        {pages > 1 ? ` · страница ${page} из ${pages}` : ""}
      </span>
      {pages > 1 ? (
        <span className="flex gap-2">
          {page > 1 ? (
            <Link className="rounded border border-slate-300 bg-white px-3 py-2" href={href(page - 1)} rel="prev">
              ← Назад
            </Link>
          ) : null}
          {page < pages ? (
            <Link className="rounded border border-slate-300 bg-white px-3 py-2" href={href(page + 1)} rel="next">
              Вперёд →
            </Link>
          ) : null}
        </span>
      ) : null}
    </nav>
  );
}
