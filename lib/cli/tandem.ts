import { parseArgs } from "node:util";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { applyScope, inScope, type Tx } from "@/lib/db/scope";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { UserFacingError } from "@/lib/actions/errors";
import { hashPassword } from "@/lib/auth/password";
import { inviteDirectorSchema } from "@/lib/admin/schemas";
import { passwordField, personNameFields } from "@/lib/invitations/schemas";
import { createInvitation } from "@/lib/invitations/service";
import { invitationPath } from "@/lib/invitations/token";
import { createAuthoritySchema, createOrganisationSchema } from "@/lib/organisations/schemas";
import { createAuthority, createOrganisation } from "@/lib/organisations/service";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/kinds";
import { startDatabase } from "@/lib/ops/database-server";
import { emailField } from "@/lib/actions/form-data";

const HELP = `Тандем: команды оператора

  npm run tandem -- authority:create --slug S --name N --short-name N --level MUNICIPAL|REGIONAL --region R [--municipality M]
  npm run tandem -- organisation:create --slug S --full-name N --short-name N --kind SCHOOL|LYCEUM|GYMNASIUM|BOARDING_SCHOOL|ADDITIONAL_EDUCATION|COLLEGE
        --region R --municipality M --locality L --address A --director-name N [--time-zone Europe/Moscow] [--website URL] [--authority SLUG]
        [--founder "Управление образования …"]  (учредитель / вышестоящий орган для бланка документов)
  npm run tandem -- director:invite --organisation SLUG --email E --last-name F --first-name I [--middle-name O]
  npm run tandem -- organisations:list [--authority SLUG]
  npm run tandem -- admin:create --email E --last-name F --first-name I [--middle-name O] --password P
  npm run tandem -- roadmap:import --organisation SLUG --programme ID --file PATH.xlsx [--mode append|replace] [--dry-run]
      [--map activity=B,period=D,result=E,stage=A,responsible=F,note=G,period-end=E,header=3] [--shift-years 1]
        печатает, как прочитан файл (столбцы, этапы, мероприятия, сроки датами, предупреждения и ошибки по строкам);
        при ошибках ничего не пишет и выходит с кодом 2; --map задаёт столбцы вручную, --shift-years сдвигает годы в сроках
  npm run tandem -- people:import --organisation SLUG --file PATH.xlsx [--category PUPIL|STUDENT|TEACHER|GRADUATE|PARENT|EMPLOYER_REPRESENTATIVE] [--dry-run]
      [--map full-name=B,birth-date=C,class-name=D,phone=E,parent-name=F,parent-phone=G,header=3]
        список класса или сотрудников: по каждой строке — будет добавлен, обновлён, уже есть или повторяется в файле;
        при ошибках ничего не пишет и выходит с кодом 2; повторная загрузка того же файла ничего не меняет
  npm run tandem -- roadmap:export --organisation SLUG --programme ID --format xlsx|docx --out PATH
  npm run tandem -- demo:region --orgs N [--seed S]
        демо-регион под органом управления демо-данных: N организаций region-001 … (люди, программы за три года,
        дорожные карты, подписанные приказы, журнал действий); уже созданные пропускает, тот же seed даёт тот же регион

База: DATABASE_URL, иначе встроенный PostgreSQL проекта (.data/postgres).
Ссылки приглашений и QR-коды документов строятся от PUBLIC_URL (вне production по умолчанию http://localhost:3000).`;

const OPTIONS = {
  slug: { type: "string" },
  name: { type: "string" },
  "short-name": { type: "string" },
  "full-name": { type: "string" },
  level: { type: "string" },
  region: { type: "string" },
  municipality: { type: "string" },
  locality: { type: "string" },
  address: { type: "string" },
  website: { type: "string" },
  kind: { type: "string" },
  "director-name": { type: "string" },
  founder: { type: "string" },
  "time-zone": { type: "string", default: "Europe/Moscow" },
  authority: { type: "string" },
  organisation: { type: "string" },
  email: { type: "string" },
  "last-name": { type: "string" },
  "first-name": { type: "string" },
  "middle-name": { type: "string" },
  password: { type: "string" },
  programme: { type: "string" },
  file: { type: "string" },
  mode: { type: "string" },
  "dry-run": { type: "boolean" },
  map: { type: "string" },
  category: { type: "string" },
  "shift-years": { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  orgs: { type: "string" },
  seed: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

function parsed<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = Object.entries(fieldErrorsOf(result.error)).map(([field, message]) => `  --${field}: ${message}`);
  throw new UserFacingError(`Неверные параметры:\n${problems.join("\n")}`);
}

async function authorityIdOf(tx: Tx, slug: string | undefined): Promise<string | undefined> {
  if (!slug) return undefined;
  const authority = await tx.authority.findUnique({ where: { slug }, select: { id: true } });
  if (!authority) throw new UserFacingError(`Орган управления «${slug}» не найден.`);
  return authority.id;
}

/** The address links are printed with: PUBLIC_URL; on a production server never a guessed localhost. */
function publicUrl(): string {
  if (process.env.PUBLIC_URL) return new URL(process.env.PUBLIC_URL).origin;
  if (process.env.NODE_ENV === "production") {
    throw new UserFacingError("Задайте PUBLIC_URL — адрес, по которому сайт открывают пользователи: с ним печатаются ссылки и QR-коды.");
  }
  return "http://localhost:3000";
}

const COMMANDS: Record<string, (tx: Tx, flags: Flags) => Promise<string>> = {
  "authority:create": async (tx, flags) => {
    const input = parsed(createAuthoritySchema, {
      slug: flags.slug, name: flags.name, shortName: flags["short-name"], level: flags.level, region: flags.region, municipality: flags.municipality,
    });
    const authority = await createAuthority(tx, input, { userId: null });
    return `Создан орган управления ${authority.slug} (${authority.id}).`;
  },
  "organisation:create": async (tx, flags) => {
    const input = parsed(createOrganisationSchema, {
      slug: flags.slug, fullName: flags["full-name"], shortName: flags["short-name"], kind: flags.kind, region: flags.region,
      municipality: flags.municipality, locality: flags.locality, address: flags.address, website: flags.website,
      directorName: flags["director-name"], founderName: flags.founder, timeZone: flags["time-zone"], authorityId: await authorityIdOf(tx, flags.authority),
    });
    const organisation = await createOrganisation(tx, input, { userId: null });
    return `Создана организация ${organisation.slug}: ${publicUrl()}/o/${organisation.slug}`;
  },
  "director:invite": async (tx, flags) => {
    const organisation = await tx.organisation.findUnique({ where: { slug: flags.organisation ?? "" }, select: { id: true } });
    if (!organisation) throw new UserFacingError(`Организация «${flags.organisation ?? ""}» не найдена.`);
    const input = parsed(inviteDirectorSchema, {
      organisationId: organisation.id, email: flags.email, lastName: flags["last-name"], firstName: flags["first-name"], middleName: flags["middle-name"],
    });
    await applyScope(tx, { organisationId: organisation.id });
    const { token } = await createInvitation(tx, {
      target: { organisationId: organisation.id, roles: ["DIRECTOR"] },
      email: input.email, lastName: input.lastName, firstName: input.firstName, middleName: input.middleName, invitedById: null,
    });
    return `Приглашение руководителю (действует 7 дней):\n${publicUrl()}${invitationPath(token)}`;
  },
  "organisations:list": async (tx, flags) => {
    const authorityId = await authorityIdOf(tx, flags.authority);
    const organisations = await tx.organisation.findMany({
      where: authorityId ? { authorityId } : {},
      orderBy: { slug: "asc" },
      select: { slug: true, shortName: true, kind: true, municipality: true, authority: { select: { slug: true } } },
    });
    if (organisations.length === 0) return "Организаций нет.";
    return organisations
      .map((o) => [o.slug, o.shortName, ORGANISATION_KIND_LABELS[o.kind], o.municipality, o.authority?.slug ?? "—"].join("\t"))
      .join("\n");
  },
  "admin:create": async (tx, flags) => {
    const input = parsed(z.object({ email: emailField, ...personNameFields, password: passwordField }), {
      email: flags.email, lastName: flags["last-name"], firstName: flags["first-name"], middleName: flags["middle-name"], password: flags.password,
    });
    const { password, ...person } = input;
    await tx.user.upsert({
      where: { email: person.email },
      create: { ...person, middleName: person.middleName ?? null, passwordHash: await hashPassword(password), isPlatformAdmin: true },
      update: { isPlatformAdmin: true },
      select: { id: true },
    });
    return `Администратор платформы: ${person.email}`;
  },
  // Loaded on demand: the roadmap commands bring exceljs and docx along.
  "roadmap:import": async (tx, flags) => {
    const { roadmapImportArgs, runRoadmapImport } = await import("@/lib/roadmap/cli");
    const { organisation, programme, file, mode, map } = flags;
    return runRoadmapImport(tx, parsed(roadmapImportArgs, { organisation, programme, file, mode, map, "dry-run": flags["dry-run"], "shift-years": flags["shift-years"] }));
  },
  "people:import": async (tx, flags) => {
    const { peopleImportArgs, runPeopleImport } = await import("@/lib/people/cli");
    const { organisation, file, category, map } = flags;
    return runPeopleImport(tx, parsed(peopleImportArgs, { organisation, file, category, map, "dry-run": flags["dry-run"] }));
  },
  "roadmap:export": async (tx, flags) => {
    const { roadmapExportArgs, runRoadmapExport } = await import("@/lib/roadmap/cli");
    const args = parsed(roadmapExportArgs, { organisation: flags.organisation, programme: flags.programme, format: flags.format, out: flags.out });
    // The export reads through the application's connection, which needs a database URL; on the
    // embedded server (no DATABASE_URL) that is the one main() started, shared by startDatabase.
    process.env.DATABASE_URL ??= (await startDatabase({})).ownerUrl;
    return runRoadmapExport(tx, args, publicUrl);
  },
};

/** Commands that hold their own connection and transactions (long, one transaction per organisation). */
const OWNER_COMMANDS: Record<string, (ownerUrl: string, flags: Flags) => Promise<string>> = {
  "demo:region": async (ownerUrl, flags) => {
    const { generateRegion, regionArgs } = await import("@/lib/ops/region/command");
    return generateRegion(ownerUrl, parsed(regionArgs, { orgs: flags.orgs, seed: flags.seed }));
  },
};

async function main(): Promise<number> {
  const { values: flags, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true, strict: true });
  const name = positionals[0] ?? "";
  const command = COMMANDS[name];
  const ownerCommand = OWNER_COMMANDS[name];
  const run: ((ownerUrl: string, client: PrismaClient) => Promise<string>) | undefined = ownerCommand
    ? (ownerUrl) => ownerCommand(ownerUrl, flags)
    : command && ((_, client) => inScope({}, (tx) => command(tx, flags), client));
  if (flags.help || !run) {
    console.log(HELP);
    return run || flags.help ? 0 : 1;
  }
  const database = await startDatabase({});
  const { client, close } = createPrismaClient(database.ownerUrl, 1);
  try {
    // The operator acts as the owner: a superuser, or (production) a member of tandem_platform, for which app_is_platform_admin() is true.
    console.log(await run(database.ownerUrl, client));
    return 0;
  } catch (error) {
    if (error instanceof UserFacingError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await close();
    await database.stop();
  }
}

process.exitCode = await main();
