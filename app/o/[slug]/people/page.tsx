import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { peopleListQuerySchema, type PeopleListQuery } from "@/lib/people/schemas";
import { seesSupportOfSomeone } from "@/lib/people/policy";
import { PageHeader } from "@/components/ui/layout";
import { TableSkeleton } from "@/components/ui/skeleton";
import { buttonClass } from "@/components/ui/button-class";
import { PeopleFilters, PeopleTable } from "@/components/people/people-table";

export const metadata: Metadata = { title: "Люди" };

/** The list's filters (not its page) for the export link: the file holds what the list shows. */
function exportQuery(query: PeopleListQuery): string {
  const { page: _page, ...filters } = query;
  return new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
}

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "people.view");
  const query = peopleListQuerySchema.parse(await searchParams);
  return (
    <>
      <PageHeader
        title="Люди"
        description="Обучающиеся, педагоги, родители и наставники со стороны: списки, из которых складываются базы наставляемых и наставников. Учётная запись нужна не всем."
        actions={
          <>
            <a href={`/o/${slug}/people/export?${exportQuery(query)}`} className={buttonClass("secondary")}>
              Скачать .xlsx
            </a>
            {can(ctx.membership.roles, "people.manage") ? (
              <>
                <Link href={`/o/${slug}/people/new`} className={buttonClass("primary")}>
                  Добавить человека
                </Link>
                <Link href={`/o/${slug}/people/import`} className={buttonClass("secondary")}>
                  Загрузить из Excel
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <PeopleFilters query={query} withNeeds={seesSupportOfSomeone(ctx)} />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <PeopleTable ctx={ctx} query={query} />
      </Suspense>
    </>
  );
}
