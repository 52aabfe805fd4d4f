import type { PersonCategory } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/scope";
import type { TenantContext } from "@/lib/tenancy/context";
import { isoDay } from "@/lib/dates/calendar-date";
import { initials, todayIn } from "@/lib/i18n/format";
import { UserFacingError, orNotFound } from "@/lib/actions/errors";
import { mayChangeRoadmap } from "@/lib/programmes/policy";

type Joiner = { category: PersonCategory; birthDate: string | null; leftOn: string | null };

/**
 * The programme and the person about to join one of its bases (mentees, mentors): both the
 * organisation's own, the programme not completed (`closed` says so), and the base's own rule
 * (`whyNot`) holding for the person today — else a refusal that names the person.
 */
export async function joiningBase(
  tx: Tx,
  ctx: TenantContext,
  input: { programmeId: string; personId: string },
  rule: { closed: string; whyNot: (person: Joiner, today: string) => string | null },
) {
  const programme = orNotFound(await tx.programme.findFirst({ where: { id: input.programmeId, organisationId: ctx.organisation.id }, select: { id: true, status: true } }));
  if (!mayChangeRoadmap(programme)) throw new UserFacingError(rule.closed);
  const person = orNotFound(
    await tx.person.findFirst({
      where: { id: input.personId, organisationId: ctx.organisation.id },
      select: { id: true, lastName: true, firstName: true, middleName: true, category: true, birthDate: true, leftOn: true },
    }),
  );
  const refusal = rule.whyNot(
    { category: person.category, birthDate: person.birthDate ? isoDay(person.birthDate) : null, leftOn: person.leftOn ? isoDay(person.leftOn) : null },
    todayIn(ctx.organisation.timeZone),
  );
  if (refusal) throw new UserFacingError(`${initials(person)}: ${refusal}`);
  return { programme, person };
}
