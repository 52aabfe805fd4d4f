import { describe, expect, it } from "vitest";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";
import { ORGANISATION_KINDS } from "@/lib/organisations/kinds";
import { LARGEST, organisationPlan } from "@/lib/ops/region/content";
import { organisationProfiles } from "@/lib/ops/region/names";
import { seededRandom } from "@/lib/ops/region/random";
import { DEMO_AUTHORITY } from "@/prisma/demo-data";

/** The region generator's plan, before any SQL: names, kinds, roadmaps, the orders' journal. */

const TODAY = "2026-12-03";
const NOW = new Date("2026-12-03T09:00:00Z");
const profiles = (seed: number, count: number) => organisationProfiles(seed, count, DEMO_AUTHORITY);

describe("the region's organisations", () => {
  it("are the same for the same seed, and a larger region extends a smaller one", () => {
    expect(profiles(7, 40)).toEqual(profiles(7, 40));
    expect(profiles(7, 60).slice(0, 40)).toEqual(profiles(7, 40));
    expect(profiles(8, 40).map((p) => p.shortName)).not.toEqual(profiles(7, 40).map((p) => p.shortName));
    expect(seededRandom(3).next()).toBe(seededRandom(3).next());
  });

  it("have unique slugs and names, of the real kinds, mostly schools", () => {
    const region = profiles(2025, 500);
    expect(region[0]?.slug).toBe("region-001");
    expect(region.at(-1)?.slug).toBe("region-500");
    expect(new Set(region.map((p) => p.slug)).size).toBe(500);
    expect(new Set(region.map((p) => p.shortName)).size).toBe(500);
    expect(region.every((p) => (ORGANISATION_KINDS as readonly string[]).includes(p.kind))).toBe(true);
    expect(region.filter((p) => p.kind === "SCHOOL").length).toBeGreaterThan(300);
    expect(region.find((p) => p.kind === "BOARDING_SCHOOL")?.founderName).toBe("Министерство образования Самарской области");
    expect(region.find((p) => p.kind === "SCHOOL")?.founderName).toBe(DEMO_AUTHORITY.name);
  });
});

describe("one organisation's plan", () => {
  const [first, second] = profiles(2025, 2);
  if (!first || !second) throw new Error("no profiles");
  const largest = organisationPlan(2025, LARGEST.index, first, TODAY, NOW);
  const ordinary = organisationPlan(2025, 2, second, TODAY, NOW);

  it("has ~80 people, among them one director, one curator, mentors and a parent for every student", () => {
    const withRole = (role: OrganisationRole) => ordinary.staff.members.filter((m) => m.roles.includes(role)).length;
    expect(ordinary.staff.members.length).toBeGreaterThanOrEqual(66);
    expect(ordinary.staff.members.length).toBeLessThanOrEqual(94);
    expect([withRole("DIRECTOR"), withRole("CURATOR")]).toEqual([1, 1]);
    expect(withRole("MENTOR")).toBeGreaterThanOrEqual(10);
    expect(ordinary.staff.guardianships.length).toBe(withRole("MENTEE"));
    expect(new Set(ordinary.staff.members.map((m) => m.email)).size).toBe(ordinary.staff.members.length);
  });

  it("runs three programme years: two completed, this one under way; the largest has a roadmap of 300 activities", () => {
    expect(ordinary.programmes.map((p) => p.academicYear)).toEqual([2024, 2025, 2026]);
    expect(ordinary.programmes.slice(0, 2).every((p) => p.status === "COMPLETED" && p.activities.every((a) => a.status !== "PLANNED" && a.status !== "IN_PROGRESS"))).toBe(true);
    const current = largest.programmes[2];
    expect(current?.status).toBe("APPROVED");
    expect(current?.activities).toHaveLength(LARGEST.activities);
    expect(new Set(current?.activities.map((a) => a.status))).toEqual(new Set(["DONE", "IN_PROGRESS", "PLANNED"]));
    expect(current?.activities.filter((a) => a.status === "DONE").every((a) => a.completedOn !== null && a.completedOn < TODAY)).toBe(true);
  });

  it("signs and numbers its orders as signing would: on or before today, the sequence restarting each calendar year", () => {
    for (const plan of [largest, ordinary]) {
      const signed = plan.journal.orders.flatMap((order) => (order.signed ? [order.signed] : []));
      expect(signed.every((order) => order.signedOn <= TODAY)).toBe(true);
      for (const year of new Set(signed.map((order) => order.year))) {
        const sequences = signed.filter((order) => order.year === year).map((order) => order.sequence).sort((a, b) => a - b);
        expect(sequences).toEqual(sequences.map((_, index) => index + 1));
      }
      const last = signed.reduce((latest, order) => (order.signedOn >= latest.signedOn ? order : latest));
      expect(plan.journal.numbering).toMatchObject({ year: last.year, lastSequence: last.sequence });
      expect(plan.programmes.filter((p) => p.status !== "DRAFT").every((p) => p.approvedByOrderId !== null)).toBe(true);
    }
    expect(largest.journal.orders.length).toBeGreaterThan(150);
    expect(largest.events.length + largest.filler.count).toBe(LARGEST.auditEvents);
  });
});
