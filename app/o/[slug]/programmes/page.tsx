import type { Metadata } from "next";
import Link from "next/link";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { listProgrammes } from "@/lib/programmes/queries";
import { academicYearLabel, PROGRAMME_STATUS_LABELS } from "@/lib/programmes/academic-year";
import { copyProgrammeAction } from "@/lib/programmes/actions";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { CustomFormForm } from "@/components/programmes/custom-form-form";
import { buttonClass } from "@/components/ui/button-class";
import { ActionButton } from "@/components/forms/action-button";

export const metadata: Metadata = { title: "Программы наставничества" };

export default async function ProgrammesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "programmes.view");
  const programmes = await listProgrammes(ctx);
  const manage = can(ctx.membership.roles, "programmes.manage");
  return (
    <>
      <PageHeader
        title="Программы наставничества"
        description="Программа — на учебный год (1 сентября – 31 августа) с дорожной картой; утверждается приказом руководителя."
        actions={
          manage ? (
            <Link href={`/o/${slug}/programmes/new`} className={buttonClass("primary")}>
              Новая программа
            </Link>
          ) : null
        }
      />
      {programmes.length === 0 ? (
        <EmptyState>Программ пока нет. {manage ? "Создайте первую из шаблона дорожной карты." : ""}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {programmes.map((programme) => (
            <li key={programme.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
              <div>
                <Link href={`/o/${slug}/programmes/${programme.id}`} className="font-semibold">
                  {programme.title}
                </Link>
                <p className="text-sm text-muted">
                  {academicYearLabel(programme.academicYear)} учебный год · выполнено {programme.done} из {programme.total} мероприятий
                </p>
              </div>
              <div className="flex items-center gap-3">
                <Badge tone={programme.status === "APPROVED" ? "good" : programme.status === "DRAFT" ? "warn" : "neutral"}>{PROGRAMME_STATUS_LABELS[programme.status]}</Badge>
                {manage ? (
                  <ActionButton action={copyProgrammeAction} fields={{ organisation: slug, programmeId: programme.id }} label={`Копировать на ${academicYearLabel(programme.academicYear + 1)}`} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <Card title="Свои формы наставничества" className="mt-6">
          <p className="mb-3 text-sm text-muted">
            Стандартный каталог (Р-145) можно дополнить своей формой или новыми ролевыми моделями существующей — они появятся при создании программы.
          </p>
          <CustomFormForm slug={slug} />
        </Card>
      ) : null}
    </>
  );
}
