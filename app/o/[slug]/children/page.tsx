import type { Metadata } from "next";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { listOwnChildren } from "@/lib/members/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";

export const metadata: Metadata = { title: "Мои дети" };

export default async function ChildrenPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requireTenantPermission(slug, "children.view");
  const children = await listOwnChildren(ctx);
  return (
    <>
      <PageHeader title="Мои дети" description="Дети, за которых вы даёте согласия как родитель (законный представитель)." />
      {children.length === 0 ? (
        <EmptyState>Ребёнок пока не привязан к вашей учётной записи. Обратитесь к классному руководителю.</EmptyState>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {children.map((child) => (
            <Card key={child.id}>
              <p className="font-semibold">{child.name}</p>
              <p className="text-sm text-muted">{child.className ? `${child.className} класс` : "Класс не указан"}</p>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
