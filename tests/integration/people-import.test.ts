import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { executeTenantAction, executeTenantRoute, registeredActions } from "@/lib/actions/define";
import "@/lib/people/export";
import "@/lib/people/actions";
import type { PeopleImportOutcome } from "@/lib/people/import/actions";
import type { PlannedRow } from "@/lib/people/import/service";
import "@/lib/people/import/actions";
import { addMember, createSchool, signedIn, tenantAction, type MemberFixture, type OrganisationFixture } from "./support/fixtures";
import { ownerQuery } from "./support/db";
import { sentStatements } from "./support/statements";

let school: { organisation: OrganisationFixture; director: MemberFixture };
let curator: MemberFixture;

type Row = (string | number | Date)[];
const HEADER = ["№", "ФИО обучающегося", "Класс", "Дата рождения", "ФИО родителя", "Телефон родителя"];

async function classList(rows: Row[], header: Row = HEADER): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Список");
  sheet.addRow(["Список обучающихся"]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const run = async (file: Buffer, extra: Record<string, string> = {}) =>
  executeTenantAction(tenantAction("people.import"), await signedIn(curator), school.organisation.slug, { fileName: "список.xlsx", file: file.toString("base64"), ...extra }, null);

async function rowsOf(file: Buffer): Promise<PlannedRow[]> {
  const result = await run(file);
  return result.ok ? (result.data as PeopleImportOutcome).rows : [];
}

async function peopleOf(): Promise<string[]> {
  const { rows } = await ownerQuery<{ line: string }>(
    `select p.last_name || ' ' || p.first_name || ' ' || coalesce(p.class_name, '-') || ' ' || coalesce(p.birth_date::text, '-') || ' ' || coalesce(p.phone, '-') as line
       from people p left join memberships m on m.person_id = p.id
      where p.organisation_id = $1 and m.id is null order by p.last_name, p.first_name`,
    [school.organisation.id],
  );
  return rows.map((row) => row.line);
}

const GOOD: Row[] = [
  [1, "Ёлкин Артём Ильич", "7А", "14.03.2013", "Ёлкина Ирина Петровна", "8 912 345-67-89"],
  [2, "Ёлкина Мария Ильинична", "9Б", "02.11.2011", "Ёлкина Ирина Петровна", ""],
  [3, "Петров Пётр Петрович", "7А", "05.05.2013", "", ""],
];

beforeAll(async () => {
  school = await createSchool();
  curator = await addMember(school.organisation, { roles: ["CURATOR"], lastName: "Кураторова", firstName: "Ольга" });
});

describe("importing a class list", () => {
  it("names the bad row and writes nothing, even when asked to load", async () => {
    const file = await classList([...GOOD, [4, "Сидоров С.С.", "7А", "01.01.2013", "", ""]]);
    const preview = await run(file);
    expect(preview).toMatchObject({ ok: true, data: { outcome: "preview", report: { errors: [{ row: 6, message: "ФИО «Сидоров С.С.»: имя и отчество записаны инициалами, нужны полностью." }] } } });
    expect(await run(file, { confirm: "1" })).toMatchObject({ ok: true, data: { outcome: "rejected" } });
    expect(await peopleOf()).toEqual([]);
  });

  it("loads a valid file: one parent for two children, and importing it again changes nothing", async () => {
    const file = await classList(GOOD);
    const preview = await run(file);
    expect(preview).toMatchObject({ ok: true, data: { outcome: "preview", counts: { created: 3, parentsCreated: 1 } } });
    expect(await peopleOf()).toEqual([]);
    expect(await run(file, { confirm: "1" })).toMatchObject({ ok: true, data: { outcome: "imported", counts: { created: 3, parentsCreated: 1 } } });
    expect(await peopleOf()).toEqual([
      "Ёлкин Артём 7А 2013-03-14 -",
      "Ёлкина Ирина - - +79123456789",
      "Ёлкина Мария 9Б 2011-11-02 -",
      "Петров Пётр 7А 2013-05-05 -",
    ]);
    const { rows: links } = await ownerQuery<{ n: number }>(
      "select count(*)::int as n from person_guardians g join people p on p.id = g.guardian_id where p.organisation_id = $1 and p.last_name = 'Ёлкина' and p.first_name = 'Ирина'",
      [school.organisation.id],
    );
    expect(links[0]?.n).toBe(2);

    const { rows: before } = await ownerQuery<{ n: number }>("select count(*)::int as n from audit_events where organisation_id = $1", [school.organisation.id]);
    const again = await run(file, { confirm: "1" });
    expect(again).toMatchObject({ ok: true, data: { outcome: "imported", counts: { created: 0, updated: 0, unchanged: 3, parentsCreated: 0 } } });
    expect(await peopleOf()).toHaveLength(4);
    const { rows: after } = await ownerQuery<{ n: number }>("select count(*)::int as n from audit_events where organisation_id = $1", [school.organisation.id]);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("updates only what the file adds (е for ё, other case), and merges a pupil listed twice", async () => {
    const file = await classList([
      [1, "ЕЛКИН артем ильич", "7А", "14.03.2013", "", ""],
      [2, "Новиков Лев Андреевич", "7А", "01.09.2013", "", ""],
      [3, "Новиков Лев Андреевич", "7А", "01.09.2013", "", ""],
    ], ["№", "ФИО", "Класс", "Дата рождения", "Телефон", "Прочее"]);
    const withPhone = await classList([[1, "ЕЛКИН артем ильич", "7А", "14.03.2013", "+7 (912) 000-00-01", ""]], ["№", "ФИО", "Класс", "Дата рождения", "Телефон", "Прочее"]);
    expect((await rowsOf(file)).map((row) => row.outcome.kind)).toEqual(["unchanged", "create", "merged"]);
    expect((await rowsOf(withPhone)).map((row) => row.outcome)).toEqual([expect.objectContaining({ kind: "update", changes: ["phone"] })]);
  });
});

describe("the list as .xlsx", () => {
  it("holds what the filtered list shows, with dates of birth and the parents' phones, and no special needs", async () => {
    const exportRoute = registeredActions().find((definition) => definition.name === "people.export");
    if (exportRoute?.kind !== "route") throw new Error("people.export is not registered");
    const response = await executeTenantRoute(exportRoute, await signedIn(curator), new Request(`http://localhost/o/x/people/export?className=7А`), { slug: school.organisation.slug }, null);
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await response.arrayBuffer()).buffer);
    const sheet = book.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? "")))));
    expect(sheet?.name).toBe("7А");
    expect(rows[1]?.[0]).toBe("Список людей: класс 7А");
    const header = rows.findIndex((row) => row[0] === "№");
    expect(rows[header]).toEqual(["№", "ФИО", "Категория", "Класс, группа", "Дата рождения", "Полных лет", "Должность, место работы", "Телефон", "E-mail", "Родители (законные представители)"]);
    const elkin = rows.find((row) => row[1] === "Ёлкин Артём Ильич");
    expect(elkin?.slice(2, 5)).toEqual(["Обучающийся", "7А", "2013-03-14"]);
    expect(elkin?.[9]).toBe("Ёлкина Ирина Петровна, +7 912 345-67-89");
    expect(rows.some((row) => row[3] === "9Б")).toBe(false);
  });
});

describe("the operator CLI", () => {
  const cli = (args: string[]) =>
    promisify(execFile)("npx", ["tsx", "lib/cli/tandem.ts", "people:import", "--organisation", school.organisation.slug, ...args], { env: process.env }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
    );

  it("prints what each row would do on --dry-run, maps columns with --map, and exits 2 on an error", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "tandem-people-"));
    const file = path.join(folder, "8В.xlsx");
    await writeFile(file, await classList([[1, "Зайцева", "Ольга", "03.03.2012"], [2, "Зайцев", "", "04.04.2012"]], ["№", "Ф", "И", "Д.Р."]));
    const unmapped = await cli(["--file", file, "--dry-run"]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.out).toContain("Укажите столбцы параметром --map");

    const mapped = await cli(["--file", file, "--dry-run", "--map", "last-name=B,first-name=C,birth-date=D,header=2"]);
    expect(mapped.code).toBe(2);
    expect(mapped.out).toContain("строка 4: Имя: Заполните поле «Имя».");

    await writeFile(file, await classList([[1, "Зайцева", "Ольга", "03.03.2012"]], ["№", "Ф", "И", "Д.Р."]));
    const dry = await cli(["--file", file, "--dry-run", "--map", "last-name=B,first-name=C,birth-date=D,header=2"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("строка 3: Зайцева Ольга — будет добавлен");
    expect(dry.out).toContain("ничего не записано");
    expect(await peopleOf()).not.toContain("Зайцева Ольга - 2012-03-03 -");
    const loaded = await cli(["--file", file, "--map", "last-name=B,first-name=C,birth-date=D,header=2"]);
    expect(loaded.code).toBe(0);
    expect(await peopleOf()).toContain("Зайцева Ольга - 2012-03-03 -");
  });
});

describe("importing 1,500 rows", () => {
  it("takes seconds, in a bounded number of statements", async () => {
    const rows: Row[] = Array.from({ length: 1500 }, (_, index) => [index + 1, `Массов${index} Ученик Иванович`, `${5 + (index % 7)}А`, `0${1 + (index % 9)}.0${1 + (index % 9)}.2012`, `Массова${index} Мать Петровна`, "+79120000000"]);
    const file = await classList(rows);
    const started = performance.now();
    const { result, sent } = await sentStatements(() => run(file, { confirm: "1" }));
    const seconds = (performance.now() - started) / 1000;
    expect(result).toMatchObject({ ok: true, data: { outcome: "imported", counts: { created: 1500, parentsCreated: 1500 } } });
    expect(seconds).toBeLessThan(20);
    expect(sent.length).toBeLessThan(30);
  });
});
