import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { getRoadmap } from "@/lib/roadmap/queries";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import { Card, PageHeader } from "@/components/ui/layout";
import { RoadmapImportForm } from "@/components/roadmap/import-form";

export const metadata: Metadata = { title: "Загрузка дорожной карты из Excel" };

export default async function RoadmapImportPage({ params }: { params: Promise<{ slug: string; programmeId: string }> }) {
  const { slug, programmeId } = await params;
  const ctx = await requireTenantPermission(slug, "roadmap.edit");
  const id = z.uuid().safeParse(programmeId);
  const roadmap = id.success ? await getRoadmap(ctx, id.data) : null;
  if (!roadmap) notFound();
  const { programme } = roadmap;
  const base = `/o/${slug}/programmes/${programme.id}`;
  return (
    <>
      <PageHeader
        title="Загрузка дорожной карты из Excel"
        description={`${programme.title}, ${academicYearLabel(programme.academicYear)} учебный год. Сроки без года отнесутся к этому учебному году.`}
        actions={
          <Link href={base} className="self-center">
            Вернуться к дорожной карте
          </Link>
        }
      />
      {programme.status === "COMPLETED" ? (
        <Card>
          <p>Программа завершена: её дорожную карту изменить нельзя.</p>
        </Card>
      ) : (
        <Card>
          <div className="mb-4 space-y-2 text-sm text-muted">
            <p>
              Подойдёт файл, выгруженный из Тандема кнопкой «Скачать .xlsx», или таблица, набранная в школе: столбцы «Этап», «Мероприятия», «Результат»,
              «Сроки», «Ответственные» в любом порядке и своими словами («Перечень мероприятий», «Дата проведения», «Ответственный исполнитель»…),
              заголовок может занимать две строки. Этап можно указать в своём столбце или отдельной строкой над мероприятиями; нумерованный список
              в одной ячейке станет несколькими мероприятиями.
            </p>
            <p>
              Сначала файл проверяется: ничего не записывается, пока в нём есть ошибки и пока вы не нажмёте «Загрузить в дорожную карту». Срок, который
              не удалось прочитать, не мешает загрузке: он сохранится как написан, с пометкой «срок не распознан», и его можно исправить потом.
            </p>
          </div>
          <RoadmapImportForm slug={slug} programmeId={programme.id} academicYear={programme.academicYear} returnHref={base} />
        </Card>
      )}
    </>
  );
}
