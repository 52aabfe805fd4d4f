import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { peopleListQuerySchema } from "@/lib/people/schemas";
import { partnerOptions } from "@/lib/partners/queries";
import { Card, PageHeader } from "@/components/ui/layout";
import { PersonForm } from "@/components/people/person-form";

export const metadata: Metadata = { title: "Новый человек" };

export default async function NewPersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "people.manage");
  const { category } = peopleListQuerySchema.parse(await searchParams);
  return (
    <>
      <PageHeader title="Новый человек" description="Только то, что нужно программе: ни СНИЛС, ни паспортные данные здесь не хранятся." />
      <Card>
        <PersonForm slug={slug} category={category} partners={await partnerOptions(ctx)} />
      </Card>
    </>
  );
}
