import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { initials } from "@/lib/i18n/format";
import { xlsxResponse } from "@/lib/export/xlsx";
import { getRoadmap } from "@/lib/roadmap/queries";
import { roadmapDocx } from "@/lib/roadmap/export/docx";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import type { TenantContext } from "@/lib/tenancy/context";
import { formatCalendarDate } from "@/lib/dates/calendar-date";

async function roadmapOrNotFound(ctx: TenantContext, programmeId: string | undefined) {
  const roadmap = await getRoadmap(ctx, idOrNotFound(programmeId));
  if (!roadmap) throw new NotFoundError();
  return roadmap;
}

const fileName = (title: string, year: number, extension: string) =>
  `Дорожная карта ${academicYearLabel(year).replace("/", "-")} ${title.slice(0, 60)}.${extension}`.replace(/[\\/:*?"<>|]/g, " ");

export const exportRoadmapDocx = tenantRoute({
  name: "roadmap.exportDocx",
  permission: "programmes.view",
  handle: async ({ ctx, request, params }) => {
    const roadmap = await roadmapOrNotFound(ctx, params.programmeId);
    const organisation = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) =>
      tx.organisation.findUniqueOrThrow({ where: { id: ctx.organisation.id }, select: { fullName: true, directorName: true } }),
    );
    const [lastName = "", firstName = "", middleName] = organisation.directorName.split(/\s+/);
    const approval = roadmap.programme.approvedBy;
    const buffer = await roadmapDocx(roadmap, {
      organisationFullName: organisation.fullName,
      directorSignature: initials({ lastName, firstName, middleName }, true),
      approval: approval?.signedOn && approval.number ? { signedOn: formatCalendarDate(approval.signedOn), number: approval.number } : null,
      verificationUrl: `${new URL(request.url).origin}/o/${ctx.organisation.slug}/programmes/${roadmap.programme.id}`,
    });
    return new Response(new Uint8Array(buffer), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName(roadmap.programme.title, roadmap.programme.academicYear, "docx"))}`,
        "cache-control": "no-store",
      },
    });
  },
});

export const exportRoadmapXlsx = tenantRoute({
  name: "roadmap.exportXlsx",
  permission: "programmes.view",
  handle: async ({ ctx, params }) => {
    const roadmap = await roadmapOrNotFound(ctx, params.programmeId);
    return xlsxResponse(await roadmapXlsx(roadmap), fileName(roadmap.programme.title, roadmap.programme.academicYear, "xlsx"));
  },
});
