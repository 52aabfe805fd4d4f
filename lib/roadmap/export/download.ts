import { tenantRoute } from "@/lib/actions/server";
import { NotFoundError, idOrNotFound } from "@/lib/actions/errors";
import { inTenant } from "@/lib/db/scope";
import { xlsxResponse } from "@/lib/export/xlsx";
import { publicLink } from "@/lib/http/public-origin";
import { documentOrganisation } from "@/lib/organisations/queries";
import { getRoadmap } from "@/lib/roadmap/queries";
import { roadmapDocx } from "@/lib/roadmap/export/docx";
import { roadmapXlsx } from "@/lib/roadmap/export/xlsx";
import { academicYearLabel } from "@/lib/programmes/academic-year";
import type { TenantContext } from "@/lib/tenancy/context";

async function roadmapOrNotFound(ctx: TenantContext, programmeId: string | undefined) {
  const roadmap = await getRoadmap(ctx, idOrNotFound(programmeId));
  if (!roadmap) throw new NotFoundError();
  const organisation = await inTenant({ organisationId: ctx.organisation.id, userId: ctx.user.id }, (tx) => documentOrganisation(tx, ctx.organisation.id));
  return { roadmap, organisation };
}

const fileName = (title: string, year: number, extension: string) =>
  `Дорожная карта ${academicYearLabel(year).replace("/", "-")} ${title.slice(0, 60)}.${extension}`.replace(/[\\/:*?"<>|]/g, " ");

export const exportRoadmapDocx = tenantRoute({
  name: "roadmap.exportDocx",
  permission: "programmes.view",
  handle: async ({ ctx, request, params }) => {
    const { roadmap, organisation } = await roadmapOrNotFound(ctx, params.programmeId);
    const buffer = await roadmapDocx(roadmap, {
      organisation,
      verificationUrl: publicLink(request, `/o/${ctx.organisation.slug}/programmes/${roadmap.programme.id}`),
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
    const { roadmap, organisation } = await roadmapOrNotFound(ctx, params.programmeId);
    return xlsxResponse(await roadmapXlsx(roadmap, organisation), fileName(roadmap.programme.title, roadmap.programme.academicYear, "xlsx"));
  },
});
