import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantRoute, registeredActions, type TenantRouteDefinition } from "@/lib/actions/define";
import { inTenant } from "@/lib/db/scope";
import { resolveTenant, type TenantContext } from "@/lib/tenancy/context";
import { createProgramme } from "@/lib/programmes/service";
import { ownerQuery } from "./support/db";
import { seedDemo, userByEmail } from "./support/demo";

let curator: TenantContext;
let mentor: TenantContext;
let programmeId: string;
let activityId: string;

function route(name: string): TenantRouteDefinition {
  const found = registeredActions().find((definition) => definition.name === name);
  if (found?.kind !== "route") throw new Error(`no route ${name}`);
  return found;
}

beforeAll(async () => {
  await seedDemo();
  await import("@/lib/roadmap/evidence-files");
  const context = async (email: string) => {
    const ctx = await resolveTenant(await userByEmail(email), "lyceum-17", null);
    if (!ctx) throw new Error(email);
    return ctx;
  };
  curator = await context("lyceum.curator@tandem.demo");
  mentor = await context("lyceum.mentor@tandem.demo");
  programmeId = (
    await inTenant({ organisationId: curator.organisation.id, userId: curator.user.id }, (tx) =>
      createProgramme(tx, curator, { title: "Программа", academicYear: 2025, templateId: "regulation", menteesPerMentor: 2, maxPairMonths: 12, meetingFrequency: "WEEKLY", forms: ["ученик – ученик::"] }),
    )
  ).programmeId;
  const { rows } = await ownerQuery<{ id: string }>("select id from roadmap_activities where programme_id = $1 and 'CURATOR' = any(responsible_roles) and not 'MENTOR' = any(responsible_roles) order by stage_id, position limit 1", [programmeId]);
  activityId = rows[0]?.id ?? "";
});

const upload = (ctx: TenantContext, file: File, title = "Протокол педсовета № 1") => {
  const form = new FormData();
  form.append("document", file);
  form.append("title", title);
  const url = `http://localhost/o/lyceum-17/programmes/${programmeId}/activities/${activityId}/evidence`;
  return executeTenantRoute(route("roadmap.uploadEvidence"), ctx.user, new Request(url, { method: "POST", body: form }), { slug: "lyceum-17", programmeId, activityId }, null);
};

describe("a document uploaded as evidence of an activity", () => {
  it("is stored, listed as evidence, audited and downloads back", async () => {
    const response = await upload(curator, new File([new Uint8Array([37, 80, 68, 70, 45])], "protocol.pdf", { type: "application/pdf" }));
    expect(response.headers.get("location")).toContain("upload=saved");
    const { rows } = await ownerQuery<{ id: string; title: string }>("select id, title from activity_evidence where activity_id = $1 and file_id is not null", [activityId]);
    expect(rows[0]?.title).toBe("Протокол педсовета № 1");
    const download = await executeTenantRoute(route("roadmap.downloadEvidence"), mentor.user, new Request("http://localhost/x"), { slug: "lyceum-17", evidenceId: rows[0]?.id ?? "" }, null);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70, 45]));
    const audit = await ownerQuery("select 1 from audit_events where action = 'roadmap.evidence_added' and details->>'file' = 'protocol.pdf'");
    expect(audit.rows).toHaveLength(1);
  });

  it("is refused to a member who is not responsible for the activity", async () => {
    const response = await upload(mentor, new File(["x"], "a.pdf", { type: "application/pdf" }));
    expect(response.status).toBe(404);
  });

  it("must be a document, not a page a browser would run", async () => {
    const response = await upload(curator, new File(["<script>"], "x.html", { type: "text/html" }));
    expect(response.headers.get("location")).toContain("upload=wrong-type");
  });

  it("goes back with a notice, storing nothing, when its title cannot be stored", async () => {
    const before = await ownerQuery("select 1 from stored_files");
    const response = await upload(curator, new File([new Uint8Array([37, 80, 68, 70, 45])], "p.pdf", { type: "application/pdf" }), "Протокол\u0000");
    expect(response.headers.get("location")).toContain("upload=invalid");
    expect((await ownerQuery("select 1 from stored_files")).rows).toHaveLength(before.rows.length);
  });
});
