import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import { academicYearLabel, academicYearStartOf, addDays } from "@/lib/dates/calendar-date";
import { fullName } from "@/lib/i18n/format";
import { streamFor, type Random } from "@/lib/ops/region/random";
import type { OrganisationProfile } from "@/lib/ops/region/names";
import { staffOf, type Staff } from "@/lib/ops/region/people";
import { formsFor, programmePlan, templateFor, type ProgrammePlan } from "@/lib/ops/region/roadmap";
import { journalOf, numberPatternFor, type Journal } from "@/lib/ops/region/orders";
import { classListsOf, type ClassLists } from "@/lib/ops/region/class-lists";

/** Everything one generated organisation holds, as plain data; lib/ops/region/sql.ts writes it. */

export type AuditPlan = {
  action: AuditAction;
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  details: Prisma.InputJsonObject;
  at: Date;
};

export type OrganisationPlan = {
  id: string;
  /** The day the region is generated for (yyyy-MM-dd): ages and this year's bases are counted from it. */
  today: string;
  profile: OrganisationProfile;
  createdAt: Date;
  staff: Staff;
  /** Pupils (students) of the classes the teachers lead, with their parents: records without accounts. */
  classLists: ClassLists;
  programmes: (ProgrammePlan & { approvedByOrderId: string | null })[];
  journal: Journal;
  events: AuditPlan[];
  /** Sign-ins and sign-outs of the members, spread over the years: the bulk of the journal. */
  filler: { count: number; from: Date; to: Date; /** For PostgreSQL's setseed: in [-1, 1). */ seed: number };
};

/** The big one: its roadmap of 300 activities, ~190 orders and an audit journal of 100,000 events are what the benchmark measures. */
export const LARGEST = { index: 1, activities: 300, ordersPerYear: 70, auditEvents: 100_000 } as const;
const AVERAGE_AUDIT_EVENTS = 2_000;
const PUPILS_PER_CLASS = [12, 20] as const;
const CLASS_LISTS_STREAM = 0x636c6173;

/** A moment of a working day (9:00–19:00 in Samara), never later than now. */
function during(random: Random, day: string, now: Date): Date {
  const at = new Date(Date.parse(`${day}T05:00:00Z`) + random.int(0, 600) * 60_000);
  return at < now ? at : new Date(now.getTime() - random.int(1, 600) * 60_000);
}

function eventsOf(random: Random, plan: Omit<OrganisationPlan, "events" | "filler" | "classLists" | "today">, numberPattern: string, now: Date): AuditPlan[] {
  const { staff, journal } = plan;
  const events: AuditPlan[] = [];
  const event = (action: AuditAction, actor: string | null, entity: [string, string], details: Prisma.InputJsonObject, day: string) =>
    events.push({ action, actorUserId: actor, entityType: entity[0], entityId: entity[1], details, at: during(random, day, now) });
  const first = plan.programmes[0];
  if (!first) return events;
  const start = `${first.academicYear}-08-01`;
  event("organisation.created", null, ["organisation", plan.id], { slug: plan.profile.slug, shortName: plan.profile.shortName }, addDays(start, -30));
  if (numberPattern !== "{n}") {
    event("organisation.updated", staff.director.userId, ["order_numbering", plan.id], { orderNumberPattern: { before: "{n}", after: numberPattern } }, addDays(start, 5));
  }
  for (const programme of plan.programmes) {
    const entity: [string, string] = ["programme", programme.id];
    event("programme.created", staff.curator.userId, entity, { title: programme.title, year: academicYearLabel(programme.academicYear), template: programme.templateId }, `${programme.academicYear}-08-20`);
    for (const activity of programme.activities) {
      if (activity.status === "PLANNED") continue;
      const day = activity.completedOn ?? (activity.period.startsOn ? activity.period.startsOn.toISOString().slice(0, 10) : `${programme.academicYear}-09-01`);
      event("roadmap.activity_status", staff.curator.userId, ["roadmap_activity", activity.id], { title: activity.title, before: "PLANNED", after: activity.status }, day);
    }
    if (programme.status === "COMPLETED") event("programme.completed", staff.director.userId, entity, {}, `${programme.academicYear + 1}-06-${random.int(20, 30)}`);
  }
  for (const order of journal.orders) {
    const entity: [string, string] = ["order", order.id];
    event("order.drafted", order.drafter.userId, entity, { title: order.title }, order.draftedOn);
    if (order.status === "DRAFT") continue;
    event("order.submitted", order.drafter.userId, entity, { approvers: order.approvals.length }, order.draftedOn);
    for (const approval of order.approvals) {
      if (approval.agreedOn) event("order.agreed", approval.member.userId, entity, {}, approval.agreedOn);
    }
    if (!order.signed) continue;
    event("order.signed", staff.director.userId, entity, { number: order.signed.number, title: order.title }, order.signed.signedOn);
    if (order.type === "APPROVE_PROGRAMME") event("programme.approved", staff.director.userId, ["programme", order.programmeId], { order: order.signed.number }, order.signed.signedOn);
  }
  return events;
}

/**
 * Organisation `index` of the region, drawn from its own stream of the seed: three programme
 * years up to today's (the two before completed, this one approved and under way, or still a
 * draft at one school in twelve), its people, its journal of orders and its audit history.
 */
export function organisationPlan(seed: number, index: number, profile: OrganisationProfile, today: string, now: Date): OrganisationPlan {
  const random = streamFor(seed, index);
  const largest = index === LARGEST.index;
  const staff = staffOf(random, profile.slug, profile.kind);
  const year = academicYearStartOf(today);
  const templateId = templateFor(random, profile.kind, profile.locality.startsWith("г. "));
  const forms = formsFor(random, profile.kind);
  const recurringCount = random.int(1, 4) * 9;
  const draftNow = !largest && random.chance(1 / 12);
  const programmes = [year - 2, year - 1, year].map((academicYear) => {
    const current = academicYear === year;
    const planned = programmePlan(random, {
      academicYear,
      status: current ? (draftNow ? "DRAFT" : "APPROVED") : "COMPLETED",
      templateId,
      forms,
      recurringCount,
      today,
    });
    if (!(largest && current) || planned.activities.length >= LARGEST.activities) return planned;
    const template = planned.activities.length - recurringCount;
    return programmePlan(random, { academicYear, status: "APPROVED", templateId, forms, recurringCount: LARGEST.activities - template, today });
  });
  const pattern = numberPatternFor(random);
  const journal = journalOf(random, { shortName: profile.shortName, staff, programmes, pattern, extraPerYear: largest ? LARGEST.ordersPerYear : random.int(0, 2), today });
  const approvals = new Map(journal.orders.filter((order) => order.type === "APPROVE_PROGRAMME" && order.signed).map((order) => [order.programmeId, order.id]));
  const base = {
    id: randomUUID(),
    profile,
    createdAt: new Date(`${year - 2}-06-${String(random.int(1, 28)).padStart(2, "0")}T07:00:00Z`),
    staff,
    programmes: programmes.map((programme) => ({ ...programme, approvedByOrderId: approvals.get(programme.id) ?? null })),
    journal,
  };
  const events = eventsOf(random, base, pattern, now);
  const target = largest ? LARGEST.auditEvents : Math.round(AVERAGE_AUDIT_EVENTS * (0.4 + 1.2 * random.next()));
  const filler = { count: Math.max(0, target - events.length), from: base.createdAt, to: now, seed: random.next() * 2 - 1 };
  // A stream of its own, so the class lists leave every other part of the plan as it was.
  const classLists = classListsOf(streamFor(seed ^ CLASS_LISTS_STREAM, index), {
    classes: [...new Set(staff.members.flatMap((member) => member.classesLed))],
    kind: profile.kind,
    academicYear: year,
    perClass: PUPILS_PER_CLASS,
    rural: !profile.locality.startsWith("г. "),
  });
  return { ...base, today, classLists, events, filler };
}

export const directorNameOf = (plan: OrganisationPlan) => fullName(plan.staff.director.name);
