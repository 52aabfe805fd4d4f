import { pathToFileURL } from "node:url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { applyScope, inScope, type Tx } from "@/lib/db/scope";
import { hashPassword } from "@/lib/auth/password";
import { createAuthority, createOrganisation } from "@/lib/organisations/service";
import { todayIn } from "@/lib/dates/calendar-date";
import { DEMO_SCHOOL_YEARS } from "@/prisma/demo/plan";
import { seedSchoolYears } from "@/prisma/demo/school-year";
import { seedPeopleOf } from "@/prisma/demo/people";
import { seedMenteesOf } from "@/prisma/demo/mentees";
import { seedMentorsOf } from "@/prisma/demo/mentors";
import {
  DEMO_ADMIN,
  DEMO_AUTHORITY,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  demoLogins,
  type DemoOrganisation,
} from "@/prisma/demo-data";

type Person = { email: string; lastName: string; firstName: string; middleName: string };

async function upsertUser(tx: Tx, { email, lastName, firstName, middleName }: Person, passwordHash: string, isPlatformAdmin = false) {
  return tx.user.upsert({
    where: { email },
    create: { email, lastName, firstName, middleName, passwordHash, isPlatformAdmin },
    update: {},
    select: { id: true },
  });
}

async function seedOrganisation(tx: Tx, organisation: DemoOrganisation, authorityId: string, passwordHash: string): Promise<void> {
  const { people, ...profile } = organisation;
  const created = await createOrganisation(
    tx,
    { ...profile, region: DEMO_AUTHORITY.region, municipality: DEMO_AUTHORITY.municipality, authorityId },
    { userId: null },
  );
  await applyScope(tx, { organisationId: created.id });
  const membershipIds = new Map<string, string>();
  for (const person of people) {
    const user = await upsertUser(tx, person, passwordHash);
    const membership = await tx.membership.create({
      data: {
        organisationId: created.id,
        userId: user.id,
        roles: person.roles,
        className: person.className ?? null,
        classesLed: person.classesLed ?? [],
        position: person.position ?? null,
      },
      select: { id: true },
    });
    membershipIds.set(person.email, membership.id);
  }
  for (const person of people.filter((p) => p.childOf)) {
    await tx.guardianship.create({
      data: {
        organisationId: created.id,
        parentMembershipId: membershipIds.get(person.email) ?? "",
        childMembershipId: membershipIds.get(person.childOf ?? "") ?? "",
      },
    });
  }
}

/** The authority, its three organisations and a user for every role; false when they are there already. */
async function seedPeople(tx: Tx): Promise<boolean> {
  if (await tx.authority.findUnique({ where: { slug: DEMO_AUTHORITY.slug }, select: { id: true } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await upsertUser(tx, DEMO_ADMIN, passwordHash, true);
  const { supervisor, ...authorityProfile } = DEMO_AUTHORITY;
  const authority = await createAuthority(tx, authorityProfile, { userId: null });
  const supervisorUser = await upsertUser(tx, supervisor, passwordHash);
  await tx.authorityMembership.create({ data: { authorityId: authority.id, userId: supervisorUser.id } });
  for (const organisation of DEMO_ORGANISATIONS) {
    await applyScope(tx, {});
    await seedOrganisation(tx, organisation, authority.id, passwordHash);
  }
  return true;
}

/** One school's last year and this year (prisma/demo/), in its own transaction; false when it has programmes already. */
async function seedYearsOf(client: PrismaClient, slug: string): Promise<boolean> {
  const year = DEMO_SCHOOL_YEARS[slug];
  if (!year) return false;
  return inScope(
    {},
    async (tx) => {
      const organisation = await tx.organisation.findUniqueOrThrow({
        where: { slug },
        select: { id: true, slug: true, shortName: true, fullName: true, timeZone: true, website: true },
      });
      await applyScope(tx, { organisationId: organisation.id });
      return seedSchoolYears(tx, organisation, year, todayIn(organisation.timeZone));
    },
    client,
  );
}

/** One school's class lists, staff, partners, and its bases of mentees and mentors (prisma/demo/); false when they are there. */
async function seedPeopleListsOf(client: PrismaClient, organisation: DemoOrganisation): Promise<boolean> {
  return inScope(
    {},
    async (tx) => {
      const { id, timeZone } = await tx.organisation.findUniqueOrThrow({ where: { slug: organisation.slug }, select: { id: true, timeZone: true } });
      const people = await seedPeopleOf(tx, { ...organisation, id }, todayIn(timeZone));
      const mentees = await seedMenteesOf(tx, id, todayIn(timeZone));
      return (await seedMentorsOf(tx, id, todayIn(timeZone))) || mentees || people;
    },
    client,
  );
}

/**
 * The demo: one municipal authority, three organisations, a user for every role, and each
 * school as it looks mid-year (dates relative to today). Idempotent: what is there already is
 * left as it is. Runs as the owner, through the same services and RLS scope as the application.
 */
export async function seed(ownerUrl: string): Promise<"created" | "present"> {
  const { client, close } = createPrismaClient(ownerUrl, 2);
  try {
    let created = await inScope({}, seedPeople, client);
    for (const organisation of DEMO_ORGANISATIONS) {
      created = (await seedYearsOf(client, organisation.slug)) || created;
      created = (await seedPeopleListsOf(client, organisation)) || created;
    }
    return created ? "created" : "present";
  } finally {
    await close();
  }
}

export function printDemoLogins(): void {
  console.log(`\nДемо-входы (пароль у всех: ${DEMO_PASSWORD}):`);
  for (const login of demoLogins()) console.log(`  ${login.email.padEnd(34)} ${login.who}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { startDatabase } = await import("@/lib/ops/database-server");
  const { applyMigrations } = await import("@/prisma/tools/migrate");
  const database = await startDatabase({});
  try {
    await applyMigrations(database.ownerUrl);
    console.log((await seed(database.ownerUrl)) === "created" ? "Демо-данные созданы." : "Демо-данные уже есть.");
    printDemoLogins();
  } finally {
    await database.stop();
  }
}
