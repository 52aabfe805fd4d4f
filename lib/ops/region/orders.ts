import { randomUUID } from "node:crypto";
import type { OrderType } from "@/lib/generated/prisma/enums";
import type { Random } from "@/lib/ops/region/random";
import type { MemberPlan, Staff } from "@/lib/ops/region/people";
import type { ProgrammePlan } from "@/lib/ops/region/roadmap";
import type { OrderEffect } from "@/lib/orders/signing/effects";
import { draftOrderText } from "@/lib/orders/templates";
import { formatOrderNumber, nextSequence } from "@/lib/orders/signing/numbering";
import { addDays } from "@/lib/dates/calendar-date";
import { fullName } from "@/lib/i18n/format";

/**
 * The orders' journal of one organisation: per programme year the orders a school signs
 * (introduce the model, approve the programme, appoint the curator and the mentors, fix the
 * pairs, replace a mentor, the final event, rewards), numbered by the school's pattern with the
 * sequence restarting every calendar year, as signing does (lib/orders/service.ts). Orders whose
 * day has not come yet are drafts or on the approval sheet.
 */

export type OrderPlan = {
  id: string;
  type: OrderType;
  programmeId: string;
  title: string;
  preamble: string;
  points: string[];
  effect: OrderEffect;
  drafter: MemberPlan;
  draftedOn: string;
  status: "DRAFT" | "IN_REVIEW" | "SIGNED";
  approvals: { member: MemberPlan; agreedOn: string | null }[];
  /** Set when signed. */
  signed: { number: string; sequence: number; year: number; signedOn: string } | null;
};

export type Journal = { orders: OrderPlan[]; numbering: { pattern: string; year: number; lastSequence: number } | null };

const PATTERNS = ["{n}", "{n}/од", "{n}-од", "328-01-{nn}", "{nn}-о", "{n}-{yyyy}", "01-09/{n}"];

export const numberPatternFor = (random: Random) => random.pick(PATTERNS);

type Scheduled = { type: OrderType; on: string };

/** The orders of one programme year, by the day each is due to be signed. */
function schedule(random: Random, year: number, first: boolean, extra: number): Scheduled[] {
  const within = (from: string, days: number) => addDays(from, random.int(0, days));
  const orders: Scheduled[] = [
    ...(first ? [{ type: "INTRODUCE_MODEL" as const, on: `${year}-08-${random.int(10, 20)}` }] : []),
    { type: "APPROVE_PROGRAMME", on: `${year}-08-${random.int(27, 31)}` },
    { type: "APPOINT_CURATOR", on: `${year}-09-01` },
    { type: "APPOINT_MENTORS", on: within(`${year}-09-10`, 10) },
    { type: "FIX_PAIRS", on: within(`${year}-09-25`, 14) },
    ...Array.from({ length: random.int(0, 2) }, () => ({ type: "REPLACE_MENTOR" as const, on: within(`${year}-11-01`, 170) })),
    ...Array.from({ length: extra }, () => ({ type: random.pick(["FIX_PAIRS", "REPLACE_MENTOR", "REWARD"] as const), on: within(`${year}-09-15`, 250) })),
    { type: "FINAL_EVENT", on: within(`${year + 1}-05-15`, 7) },
    { type: "REWARD", on: within(`${year + 1}-05-25`, 5) },
  ];
  return orders.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function journalOf(
  random: Random,
  input: { shortName: string; staff: Staff; programmes: ProgrammePlan[]; pattern: string; extraPerYear: number; today: string },
): Journal {
  const { staff } = input;
  const mentors = staff.mentors.map((mentor) => ({ name: fullName(mentor.name), position: mentor.position }));
  const curator = { name: fullName(staff.curator.name), position: staff.curator.position };
  const orders: OrderPlan[] = [];
  input.programmes.forEach((programme, index) => {
    let future = 0;
    for (const { type, on } of schedule(random, programme.academicYear, index === 0, input.extraPerYear)) {
      let status: OrderPlan["status"];
      if (programme.status === "DRAFT") {
        if (type !== "APPROVE_PROGRAMME") continue;
        status = "IN_REVIEW"; // the draft programme's approval waits on the sheet
      } else if (on <= input.today) {
        status = "SIGNED";
      } else {
        // What is due later: the next order on the approval sheet, the one after it a draft.
        future++;
        if (future > 2) continue;
        status = future === 1 ? "IN_REVIEW" : "DRAFT";
      }
      const text = draftOrderText(type, {
        organisationShortName: input.shortName,
        programme: { title: programme.title, academicYear: programme.academicYear },
        curator,
        mentors: type === "APPOINT_MENTORS" ? mentors : [],
      });
      const drafter = type === "FIX_PAIRS" && random.chance(0.3) ? staff.director : staff.curator;
      const draftedOn = addDays(on > input.today ? input.today : on, -random.int(2, 7));
      const approver = drafter === staff.director ? staff.curator : random.pick([staff.psychologist, staff.methodist]);
      const onSheet = status !== "DRAFT" && (type !== "APPROVE_PROGRAMME" || random.chance(0.5));
      orders.push({
        id: randomUUID(),
        type,
        programmeId: programme.id,
        ...text,
        effect: { programmeId: programme.id, ...(type === "APPOINT_CURATOR" ? { curatorMembershipId: staff.curator.id } : {}) },
        drafter,
        draftedOn,
        status,
        approvals: onSheet ? [{ member: approver, agreedOn: status === "SIGNED" ? addDays(on, -1) : null }] : [],
        signed: status === "SIGNED" ? { number: "", sequence: 0, year: Number(on.slice(0, 4)), signedOn: on } : null,
      });
    }
  });
  // Numbers in the order of signing: the journal's sequence restarts every calendar year.
  let numbering: Journal["numbering"] = null;
  const signed = orders.filter((order) => order.signed).sort((a, b) => ((a.signed?.signedOn ?? "") < (b.signed?.signedOn ?? "") ? -1 : 1));
  for (const order of signed) {
    if (!order.signed) continue;
    const sequence = nextSequence(numbering && { year: numbering.year, lastSequence: numbering.lastSequence }, order.signed.year);
    order.signed = { ...order.signed, sequence, number: formatOrderNumber(input.pattern, sequence, order.signed.year) };
    numbering = { pattern: input.pattern, year: order.signed.year, lastSequence: sequence };
  }
  return { orders, numbering };
}
