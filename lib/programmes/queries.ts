import { inTenant, type Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { fullName } from "@/lib/i18n/format";
import { formCatalogue } from "@/lib/programmes/forms";
import { ROADMAP_TEMPLATES } from "@/lib/roadmap/templates";

const scope = (ctx: TenantContext) => ({ organisationId: ctx.organisation.id, userId: ctx.user.id });

/** Programmes with their progress: two queries however many there are. */
export async function listProgrammes(ctx: TenantContext) {
  return inTenant(scope(ctx), async (tx) => {
    const programmes = await tx.programme.findMany({
      where: { organisationId: ctx.organisation.id },
      orderBy: [{ academicYear: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, academicYear: true, status: true },
    });
    const counts = await tx.roadmapActivity.groupBy({
      by: ["programmeId", "status"],
      where: { organisationId: ctx.organisation.id, programmeId: { in: programmes.map((p) => p.id) } },
      _count: { _all: true },
    });
    return programmes.map((programme) => {
      const mine = counts.filter((count) => count.programmeId === programme.id);
      const total = mine.filter((c) => c.status !== "CANCELLED").reduce((sum, c) => sum + c._count._all, 0);
      const done = mine.filter((c) => c.status === "DONE").reduce((sum, c) => sum + c._count._all, 0);
      return { ...programme, total, done };
    });
  });
}

/** Staff who may curate a programme or be named responsible for an activity, by name. */
export async function staffOptions(tx: Tx, organisationId: string) {
  const staff = await tx.membership.findMany({
    where: { organisationId, disabledAt: null, roles: { hasSome: ["DIRECTOR", "CURATOR", "CLASS_TEACHER", "PSYCHOLOGIST", "METHODIST"] } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
    take: 500,
    select: { id: true, position: true, user: { select: { lastName: true, firstName: true, middleName: true } } },
  });
  return staff.map((member) => ({ id: member.id, name: fullName(member.user), position: member.position }));
}

/** What the programme form offers: people who may curate, the forms catalogue, the templates. */
export async function programmeFormOptions(ctx: TenantContext) {
  return inTenant(scope(ctx), async (tx) => {
    const staff = await staffOptions(tx, ctx.organisation.id);
    const custom = await tx.customMentoringForm.findMany({ where: { organisationId: ctx.organisation.id }, select: { title: true, roleModels: true } });
    return {
      staff,
      forms: formCatalogue(custom),
      templates: ROADMAP_TEMPLATES.map((template) => ({ id: template.id, title: template.title, description: template.description })),
    };
  });
}
