import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction, registeredActions, type TenantActionDefinition } from "@/lib/actions/define";
import { formDataToObject } from "@/lib/actions/form-data";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ORGANISATION_KINDS } from "@/lib/organisations/kinds";
import { TIME_ZONE_IDS } from "@/lib/i18n/format";
import { ownerQuery } from "./support/db";
import { seedDemo, userByEmail } from "./support/demo";

/**
 * Issue 7, item 7: bad input is stopped at the edge with a Russian message next to its field,
 * never sent on to PostgreSQL (a NUL byte, the year 0000) nor accepted (a formula as an order
 * number pattern, a javascript: link, a programme without forms of mentoring).
 */

const SLUG = "lyceum-17";
let director: CurrentUser;
let activityId: string;

type Fields = Record<string, string | string[]>;

/** Submits fields the way a form does: FormData → formDataToObject → the action pipeline. */
async function submit(name: string, actor: CurrentUser, fields: Fields, arrayFields: readonly string[] = []) {
  const definition = registeredActions().find((candidate) => candidate.name === name);
  if (definition?.kind !== "tenant") throw new Error(`no tenant action ${name}`);
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(key, one);
  return executeTenantAction(definition as TenantActionDefinition<typeof definition.input, unknown>, actor, SLUG, formDataToObject(form, arrayFields), null);
}

/** The action refused the input with a Russian message on `field` (not "failed", not accepted). */
async function expectFieldError(outcome: ReturnType<typeof submit>, field: string) {
  const result = await outcome;
  expect(result.ok ? "accepted" : result.code).toBe("invalid");
  const message = result.ok ? undefined : result.fieldErrors?.[field];
  expect(message, `message on ${field}: ${JSON.stringify(result)}`).toMatch(/[а-яё]/i);
  expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})), "no other field is wrong").toEqual([field]);
}

const programme = (overrides: Fields): Fields => ({
  title: "Программа проверки ввода",
  academicYear: "2026",
  templateId: "regulation",
  menteesPerMentor: "2",
  maxPairMonths: "12",
  meetingFrequency: "WEEKLY",
  forms: ["ученик – ученик::"],
  ...overrides,
});

beforeAll(async () => {
  await seedDemo();
  await Promise.all(["programmes", "orders", "roadmap", "organisations"].map((area) => import(`@/lib/${area}/actions.ts`)));
  director = await userByEmail("lyceum.director@tandem.demo");
  const created = await submit("programmes.create", director, programme({ title: "Программа для проверки ввода" }), ["forms"]);
  expect(created.ok, JSON.stringify(created)).toBe(true);
  const { rows } = await ownerQuery<{ id: string }>(
    "select a.id from roadmap_activities a join programmes p on p.id = a.programme_id where p.title = $1 limit 1",
    ["Программа для проверки ввода"],
  );
  activityId = rows[0]?.id ?? "";
  expect(activityId).not.toBe("");
});

describe("a NUL character in a text field gets a field message, not a database error", () => {
  it("in a comment, a programme title, a form of mentoring and an order number pattern", async () => {
    await expectFieldError(submit("roadmap.addComment", director, { activityId, text: "Готово\u0000" }), "text");
    await expectFieldError(submit("programmes.create", director, programme({ title: "Программа\u0000" }), ["forms"]), "title");
    await expectFieldError(submit("programmes.create", director, programme({ forms: ["ученик\u0000 – ученик::"] }), ["forms"]), "forms.0");
    await expectFieldError(submit("orders.numbering", director, { pattern: "{n}\u0000" }), "pattern");
  });
});

describe("a date is a plausible calendar day", () => {
  it("refuses the years 0000 and 9999", async () => {
    for (const completedOn of ["0000-01-01", "9999-12-31"]) {
      await expectFieldError(submit("roadmap.setStatus", director, { activityId, status: "DONE", completedOn }), "completedOn");
    }
  });
});

describe("a programme has at least one form of mentoring", () => {
  it("refuses none, and a choice with no form in it", async () => {
    await expectFieldError(submit("programmes.create", director, programme({ forms: [] }), ["forms"]), "forms");
    await expectFieldError(submit("programmes.create", director, programme({ forms: [" ::лидер – пассивный"] }), ["forms"]), "forms.0");
  });
});

describe("an order number pattern is tokens and plain text, nothing a spreadsheet would run", () => {
  it("refuses formulas and stray symbols", async () => {
    for (const pattern of ["=cmd|'/c calc'!A1", "=cmd|'/c calc'!A1{n}", "+{n}", "@SUM(A1){n}", "-{n}", "{n}|calc", "{n}".padEnd(41, "x")]) {
      await expectFieldError(submit("orders.numbering", director, { pattern }), "pattern");
    }
  });

  it("still takes the documented patterns", async () => {
    for (const pattern of ["{n}", "{n}/од", "328-01-{nn}", "{n}-{yyyy}", "№ {nnn}.{yy}"]) {
      expect((await submit("orders.numbering", director, { pattern })).ok, pattern).toBe(true);
    }
  });
});

describe("a link is http(s), never javascript:, data: or file:", () => {
  it("in a roadmap evidence link", async () => {
    for (const url of ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"]) {
      await expectFieldError(submit("roadmap.addEvidence", director, { activityId, url }), "url");
    }
    const accepted = await submit("roadmap.addEvidence", director, { activityId, url: "https://школа.рф/docs/1" });
    expect(accepted.ok, JSON.stringify(accepted)).toBe(true);
  });

  it("in an organisation's website", async () => {
    const profile: Fields = {
      fullName: "Муниципальное автономное общеобразовательное учреждение «Лицей № 17»",
      shortName: "МАОУ «Лицей № 17»",
      kind: ORGANISATION_KINDS[0],
      region: "Свердловская область",
      municipality: "Берёзовский МО",
      locality: "Берёзовский",
      address: "ул. Школьная, 1",
      directorName: "Иванова Анна Петровна",
      timeZone: TIME_ZONE_IDS[0],
      website: "javascript:alert(1)",
    };
    await expectFieldError(submit("organisation.update", director, profile), "website");
  });
});
