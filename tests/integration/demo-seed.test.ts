import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { detectFileKind } from "@/lib/files/detect";
import { todayIn } from "@/lib/i18n/format";
import { academicYearStartOf, addDays, isoDay } from "@/lib/dates/calendar-date";
import { ownerQuery } from "./support/db";
import { seedDemo } from "./support/demo";

/** The demo is a school in the middle of its year, whatever today is, and seeding it twice changes nothing. */

const SLUG = "lyceum-17";
const today = todayIn("Europe/Samara");
const year = academicYearStartOf(today);

async function counts(): Promise<Record<string, string>> {
  const { rows } = await ownerQuery<Record<string, string>>(
    `select (select count(*) from programmes) as programmes, (select count(*) from orders) as orders,
       (select count(*) from roadmap_activities) as activities, (select count(*) from audit_events) as audit, (select count(*) from stored_files) as files`,
  );
  return rows[0] ?? {};
}

beforeAll(seedDemo);

describe("the demo seed", () => {
  it("completes last year's programme and approves this year's by a signed order of the school's pattern, with its PDF scan", async () => {
    const { rows } = await ownerQuery<{ academic_year: number; status: string; number: string | null; signed_on: Date | null; scan: Buffer | null }>(
      `select p.academic_year, p.status, o.number, o.signed_on, f.content as scan from programmes p join organisations g on g.id = p.organisation_id
       left join orders o on o.id = p.approved_by_order_id left join stored_files f on f.id = o.scan_file_id where g.slug = $1 order by p.academic_year`,
      [SLUG],
    );
    expect(rows.map((row) => [row.academic_year, row.status])).toEqual([
      [year - 1, "COMPLETED"],
      [year, "APPROVED"],
    ]);
    expect(rows[1]?.number).toBe("1/од");
    expect(rows[1]?.signed_on && isoDay(rows[1].signed_on) <= today).toBe(true);
    expect(rows[1]?.scan && detectFileKind(new Uint8Array(rows[1].scan))).toBe("pdf");
  });

  it("puts this year's roadmap under way relative to today: done with dates, in progress, overdue, due this week, with evidence and comments", async () => {
    const { rows } = await ownerQuery<{ status: string; ends_on: Date | null; completed_on: Date | null; evidence: string; comments: string }>(
      `select a.status, a.ends_on, a.completed_on, (select count(*) from activity_evidence e where e.activity_id = a.id) as evidence,
         (select count(*) from activity_comments c where c.activity_id = a.id) as comments
       from roadmap_activities a join programmes p on p.id = a.programme_id join organisations g on g.id = p.organisation_id
       where g.slug = $1 and p.academic_year = $2`,
      [SLUG, year],
    );
    const open = rows.filter((row) => row.status === "PLANNED" || row.status === "IN_PROGRESS");
    const ends = (row: (typeof rows)[number]) => (row.ends_on ? isoDay(row.ends_on) : "9999-12-31");
    expect(rows.filter((row) => row.status === "DONE").every((row) => row.completed_on && isoDay(row.completed_on) < today)).toBe(true);
    expect(rows.some((row) => row.status === "DONE")).toBe(true);
    expect(rows.some((row) => row.status === "IN_PROGRESS")).toBe(true);
    expect(open.filter((row) => ends(row) < today)).toHaveLength(2);
    expect(open.filter((row) => ends(row) >= today && ends(row) <= addDays(today, 7)).length).toBeGreaterThanOrEqual(2);
    expect(rows.reduce((sum, row) => sum + Number(row.evidence), 0)).toBe(3);
    expect(rows.some((row) => Number(row.comments) > 0)).toBe(true);
  });

  it("leaves an agreed order for the director's signature and one on the approval sheet", async () => {
    const { rows } = await ownerQuery<{ type: string; approvers: string; agreed: string }>(
      `select o.type, count(a.id) as approvers, count(a.agreed_at) as agreed from orders o join organisations g on g.id = o.organisation_id
       left join order_approvals a on a.order_id = o.id where g.slug = $1 and o.status = 'IN_REVIEW' group by o.id, o.type order by o.type`,
      [SLUG],
    );
    expect(rows).toEqual([
      { type: "APPOINT_MENTORS", approvers: "1", agreed: "1" },
      { type: "FIX_PAIRS", approvers: "2", agreed: "0" },
    ]);
  });

  it("is idempotent: seeding again adds nothing", async () => {
    const before = await counts();
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    expect(await seed(url)).toBe("present");
    expect(await counts()).toEqual(before);
  });
});
