import Link from "next/link";
import type { TenantContext } from "@/lib/tenancy/context";
import { listPeople } from "@/lib/people/queries";
import { PEOPLE_PAGE_SIZE, type PeopleListQuery } from "@/lib/people/schemas";
import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS, SUPPORT_NEEDS, SUPPORT_NEED_LABELS } from "@/lib/people/labels";
import { ageOn } from "@/lib/people/age";
import { formatPhone } from "@/lib/people/phone";
import { fullName, todayIn } from "@/lib/i18n/format";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { Badge, EmptyState } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";

const PEOPLE = ["человек", "человека", "человек"] as const;

function listParams(query: PeopleListQuery) {
  return { q: query.q || undefined, category: query.category, className: query.className || undefined, need: query.need, left: query.left };
}

export function PeopleFilters({ query, withNeeds }: { query: PeopleListQuery; withNeeds: boolean }) {
  return (
    <form method="get" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" role="search">
      <div className="lg:col-span-2">
        <label htmlFor="people-q" className="mb-1 block text-sm font-medium">ФИО, телефон или e-mail</label>
        <input id="people-q" name="q" defaultValue={query.q} maxLength={100} className={inputClass} />
      </div>
      <div>
        <label htmlFor="people-category" className="mb-1 block text-sm font-medium">Категория</label>
        <select id="people-category" name="category" defaultValue={query.category ?? ""} className={inputClass}>
          <option value="">Все категории</option>
          {PERSON_CATEGORIES.map((category) => (
            <option key={category} value={category}>{PERSON_CATEGORY_LABELS[category]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="people-class" className="mb-1 block text-sm font-medium">Класс или группа</label>
        <input id="people-class" name="className" defaultValue={query.className} maxLength={20} placeholder="7А" className={inputClass} />
      </div>
      {withNeeds ? (
        <div>
          <label htmlFor="people-need" className="mb-1 block text-sm font-medium">Особые потребности</label>
          <select id="people-need" name="need" defaultValue={query.need ?? ""} className={inputClass}>
            <option value="">Не важно</option>
            {SUPPORT_NEEDS.map((need) => (
              <option key={need} value={need}>{SUPPORT_NEED_LABELS[need]}</option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-5">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="left" value="1" defaultChecked={query.left === "1"} className="size-5" />
          Выбывшие
        </label>
        <button type="submit" className={buttonClass("secondary")}>Показать</button>
      </div>
    </form>
  );
}

export async function PeopleTable({ ctx, query }: { ctx: TenantContext; query: PeopleListQuery }) {
  const { rows, total, byCategory, classes } = await listPeople(ctx, query);
  const basePath = `/o/${ctx.organisation.slug}/people`;
  const today = todayIn(ctx.organisation.timeZone);
  const params = listParams(query);
  const withCategory = (category: string | undefined) => {
    const search = new URLSearchParams(Object.entries({ ...params, category }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return search.size > 0 ? `${basePath}?${search.toString()}` : basePath;
  };
  return (
    <>
      <nav aria-label="Сколько людей по категориям" className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="people-counts">
        {PERSON_CATEGORIES.filter((category) => byCategory[category]).map((category) => (
          <Link
            key={category}
            href={withCategory(query.category === category ? undefined : category)}
            aria-current={query.category === category ? "true" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50"
          >
            {PERSON_CATEGORY_LABELS[category]}: {byCategory[category]}
          </Link>
        ))}
      </nav>
      {classes.length > 0 ? (
        <p className="mb-4 flex flex-wrap gap-2 text-sm text-muted">
          Классы и группы:
          {classes.map((className) => (
            <Link key={className} href={`${basePath}?className=${encodeURIComponent(className)}`} className="underline">{className}</Link>
          ))}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>Никого не найдено.</EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="people-table">
            <thead className="bg-slate-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-4 py-3">ФИО</th>
                <th scope="col" className="px-4 py-3">Категория</th>
                <th scope="col" className="px-4 py-3">Класс, должность</th>
                <th scope="col" className="px-4 py-3">Дата рождения</th>
                <th scope="col" className="px-4 py-3">Телефон</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((person) => (
                <tr key={person.id} className="border-t border-slate-100">
                  <td className="px-4 py-3">
                    <Link href={`${basePath}/${person.id}`}>{fullName(person)}</Link>
                    {person.hasAccount ? <span className="ml-2"><Badge tone="good">учётная запись</Badge></span> : null}
                    {person.leftOn ? <span className="ml-2"><Badge tone="bad">выбыл {formatCalendarDate(person.leftOn)}</Badge></span> : null}
                  </td>
                  <td className="px-4 py-3" data-label="Категория">{PERSON_CATEGORY_LABELS[person.category]}</td>
                  <td className="px-4 py-3" data-label="Класс, должность">{person.className ?? person.position ?? "—"}</td>
                  <td className="px-4 py-3" data-label="Дата рождения">
                    {person.birthDate ? `${formatCalendarDate(person.birthDate)} (${ageOn(person.birthDate, today)})` : "—"}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap" data-label="Телефон">{person.phone ? formatPhone(person.phone) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pageSize={PEOPLE_PAGE_SIZE} total={total} basePath={basePath} params={params} noun={PEOPLE} />
    </>
  );
}
