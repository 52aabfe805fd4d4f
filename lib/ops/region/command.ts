import pg from "pg";
import { z } from "zod";
import { UserFacingError } from "@/lib/actions/errors";
import { hashPassword } from "@/lib/auth/password";
import { inTransaction } from "@/lib/db/transaction";
import { todayIn } from "@/lib/i18n/format";
import { DEMO_AUTHORITY, DEMO_PASSWORD } from "@/prisma/demo-data";
import { organisationPlan } from "@/lib/ops/region/content";
import { organisationProfiles } from "@/lib/ops/region/names";
import { writeOrganisation, type Written } from "@/lib/ops/region/sql";

/**
 * `npm run tandem -- demo:region --orgs N [--seed S]`: a region of N generated organisations
 * (region-001 …) under the demo's authority, one transaction each; those already there are
 * skipped, so a second run adds nothing.
 */

export const DEFAULT_REGION_SEED = 2025;
const MAX_REGION_ORGANISATIONS = 999;

export const regionArgs = z.object({
  orgs: z.coerce.number({ error: "Укажите число организаций" }).int("Целое число").min(1, "Не меньше 1").max(MAX_REGION_ORGANISATIONS, `Не больше ${MAX_REGION_ORGANISATIONS}`),
  seed: z.coerce.number().int("Целое число").default(DEFAULT_REGION_SEED),
});
export type RegionArgs = z.infer<typeof regionArgs>;

type Authority = { id: string; name: string; region: string; municipality: string | null };

async function demoAuthority(client: pg.ClientBase): Promise<Authority> {
  const { rows } = await client.query<Authority>("select id, name, region, municipality from authorities where slug = $1", [DEMO_AUTHORITY.slug]);
  const authority = rows[0];
  if (!authority) {
    throw new UserFacingError(
      `Демо-данных нет: не найден орган управления «${DEMO_AUTHORITY.slug}», под которым строится регион. Сначала создайте демо: npm run db:seed.`,
    );
  }
  return authority;
}

type Summary = Written & { organisations: number; skipped: number; seconds: number };

function summaryText(summary: Summary): string {
  const number = (value: number) => value.toLocaleString("ru-RU");
  return [
    `Регион готов за ${summary.seconds.toFixed(1)} с: новых организаций ${number(summary.organisations)}, уже были ${number(summary.skipped)}.`,
    `  участников ${number(summary.members)}, людей ${number(summary.people)}, наставляемых в базах ${number(summary.mentees)}, программ ${number(summary.programmes)}, мероприятий ${number(summary.activities)},`,
    `  подписанных приказов ${number(summary.signedOrders)}, событий журнала ${number(summary.auditEvents)}.`,
  ].join("\n");
}

export async function generateRegion(ownerUrl: string, args: RegionArgs, log: (line: string) => void = console.log): Promise<string> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const authority = await demoAuthority(client);
    const municipality = authority.municipality ?? authority.region;
    const profiles = organisationProfiles(args.seed, args.orgs, { name: authority.name, region: authority.region, municipality });
    const { rows } = await client.query<{ slug: string }>("select slug from organisations where slug = any($1::text[])", [profiles.map((profile) => profile.slug)]);
    const present = new Set(rows.map((row) => row.slug));
    const missing = profiles.map((profile, index) => ({ profile, index: index + 1 })).filter(({ profile }) => !present.has(profile.slug));
    log(missing.length === 0 ? `Все ${args.orgs} организаций региона уже есть.` : `Регион: ${missing.length} организаций из ${args.orgs} (seed ${args.seed})…`);
    const passwordHash = missing.length > 0 ? await hashPassword(DEMO_PASSWORD) : "";
    const now = new Date();
    const today = todayIn("Europe/Samara", now);
    const total: Summary = { organisations: 0, skipped: present.size, members: 0, people: 0, mentees: 0, programmes: 0, activities: 0, signedOrders: 0, auditEvents: 0, seconds: 0 };
    let reported = Date.now();
    for (const { profile, index } of missing) {
      const plan = organisationPlan(args.seed, index, profile, today, now);
      const written = await inTransaction(client, () =>
        writeOrganisation(client, plan, {
          authorityId: authority.id,
          region: authority.region,
          municipality,
          passwordHash,
        }),
      );
      total.organisations++;
      for (const key of ["members", "people", "mentees", "programmes", "activities", "signedOrders", "auditEvents"] as const) total[key] += written[key];
      if (Date.now() - reported > 5_000 || total.organisations === missing.length) {
        reported = Date.now();
        log(`  ${profile.slug}: ${total.organisations}/${missing.length}, ${((reported - started) / 1000).toFixed(0)} с`);
      }
    }
    return summaryText({ ...total, seconds: (Date.now() - started) / 1000 });
  } finally {
    await client.end();
  }
}
