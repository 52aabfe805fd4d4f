import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { programmeFormOptions } from "@/lib/programmes/queries";
import { academicYearStartOf } from "@/lib/programmes/academic-year";
import { todayIn } from "@/lib/i18n/format";
import { Card, PageHeader } from "@/components/ui/layout";
import { CreateProgrammeForm } from "@/components/programmes/create-programme-form";

export const metadata: Metadata = { title: "Новая программа" };

export default async function NewProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "programmes.manage");
  const options = await programmeFormOptions(ctx);
  return (
    <>
      <PageHeader title="Новая программа наставничества" description="Дорожная карта заполнится по выбранному шаблону: даты перенесутся в выбранный учебный год, дальше её можно свободно править." />
      <Card>
        <CreateProgrammeForm slug={slug} currentYear={academicYearStartOf(todayIn(ctx.organisation.timeZone))} staff={options.staff} forms={options.forms} templates={options.templates} />
      </Card>
    </>
  );
}
