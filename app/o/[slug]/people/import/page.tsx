import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { Card, PageHeader } from "@/components/ui/layout";
import { PeopleImportForm } from "@/components/people/import-form";

export const metadata: Metadata = { title: "Загрузка списка людей" };

export default async function PeopleImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireTenantPermission(slug, "people.manage");
  return (
    <>
      <PageHeader
        title="Загрузка списка из Excel"
        description="Списки классов и сотрудников в том виде, в каком они есть: лист на класс или столбец «Класс», ФИО в одной ячейке или в трёх, заголовок над таблицей. Сначала система покажет, что она прочитала и что сделает с каждой строкой; ничего не записывается, пока вы не подтвердите."
      />
      <Card>
        <PeopleImportForm slug={slug} />
      </Card>
    </>
  );
}
