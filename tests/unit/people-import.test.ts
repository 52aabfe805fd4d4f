import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readPeopleWorkbook } from "@/lib/people/import/read";
import { birthDateOf, categoryOf, classOfSheetName, splitFullName } from "@/lib/people/import/values";

const TODAY = "2026-12-01";

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const read = (bytes: Uint8Array, category: "PUPIL" | "TEACHER" = "PUPIL") => readPeopleWorkbook(bytes, { category, kind: "SCHOOL", today: TODAY });

describe("cell values as schools type them", () => {
  it.each([
    ["Иванов Иван Иванович", { lastName: "Иванов", firstName: "Иван", middleName: "Иванович" }],
    ["  ПЕТРОВА   анна ", { lastName: "Петрова", firstName: "Анна" }],
    ["Мамедов Али Гусейн оглы", { lastName: "Мамедов", firstName: "Али", middleName: "Гусейн оглы" }],
    ["Римский-Корсаков Николай Андреевич", { lastName: "Римский-Корсаков", firstName: "Николай", middleName: "Андреевич" }],
  ])("ФИО «%s»", (text, name) => expect(splitFullName(text)).toEqual(name));

  it("refuses initials and a lone surname, saying why", () => {
    expect(splitFullName("Иванов И.И.")).toEqual({ error: "«Иванов И.И.»: имя и отчество записаны инициалами, нужны полностью" });
    expect(splitFullName("Иванов")).toEqual({ error: "«Иванов»: нужны фамилия и имя" });
  });

  it.each([
    ["14.03.2013", "2013-03-14"],
    ["4.3.2013", "2013-03-04"],
    ["14.03.13", "2013-03-14"],
    ["14.03.50", "1950-03-14"],
    ["14/03/2013", "2013-03-14"],
    ["2013-03-14", "2013-03-14"],
    ["14 марта 2013 г.", "2013-03-14"],
    ["41347", "2013-03-14"],
  ])("date of birth «%s» → %s", (text, iso) => expect(birthDateOf(text, 2026)).toBe(iso));

  it.each(["март", "14.03", "12345678"])("no date in «%s»", (text) => expect(birthDateOf(text, 2026)).toBeNull());

  it("reads a class from a sheet's name and a category from its words", () => {
    expect(classOfSheetName("7 а")).toBe("7А");
    expect(classOfSheetName("10Б класс")).toBe("10Б");
    expect(classOfSheetName("Лист1")).toBeNull();
    expect(categoryOf("Учитель")).toBe("TEACHER");
    expect(categoryOf("законный представитель")).toBe("PARENT");
    expect(categoryOf("наставник от предприятия")).toBe("EMPLOYER_REPRESENTATIVE");
  });
});

describe("a class list with a sheet per class", () => {
  const bytes = () =>
    workbook((book) => {
      for (const [name, pupils] of [
        ["7А", [["Ёлкин Артём Ильич", new Date(Date.UTC(2013, 2, 14)), "Ёлкина Ирина Петровна", "8 (912) 345-67-89"], ["Петрова Анна Сергеевна", "02.11.2013", "", ""]]],
        ["8Б", [["Сидоров Олег Ильич", "15.01.2012", "Сидорова Мария Ивановна", "+7 912 000 11 22"]]],
      ] as const) {
        const sheet = book.addWorksheet(name);
        sheet.addRow([`Список обучающихся ${name} класса на 2026/2027 учебный год`]);
        sheet.addRow([]);
        sheet.addRow(["№ п/п", "ФИО обучающегося", "Дата рождения", "ФИО родителя (законного представителя)", "Телефон родителя"]);
        pupils.forEach((pupil, index) => sheet.addRow([index + 1, ...pupil]));
        sheet.addRow([]);
        sheet.addRow(["", `Итого: ${pupils.length}`]);
      }
    });

  it("finds the header under the title, takes the class from the sheet, skips the totals and the numbering", async () => {
    const report = await read(await bytes());
    expect(report.errors).toEqual([]);
    expect(report.sheets.map((sheet) => [sheet.name, sheet.className, sheet.people, sheet.columns?.headerRow])).toEqual([
      ["7А", "7А", 2, 3],
      ["8Б", "8Б", 1, 3],
    ]);
    expect(report.people.map((person) => [person.row, person.fields.lastName, person.fields.className, person.fields.birthDate])).toEqual([
      [4, "Ёлкин", "7А", "2013-03-14"],
      [5, "Петрова", "7А", "2013-11-02"],
      [4, "Сидоров", "8Б", "2012-01-15"],
    ]);
    expect(report.people[0]?.parent).toEqual({ lastName: "Ёлкина", firstName: "Ирина", middleName: "Петровна", phone: "+79123456789" });
    expect(report.people[1]?.parent).toBeNull();
  });
});

describe("a list with ФИО in three columns and a class column", () => {
  it("names each bad row and its reason; a phone that is not one is a warning, not an error", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Лист1");
      sheet.addRow(["Фамилия", "Имя", "Отчество", "Класс", "Дата рождения", "Телефон", "СНИЛС"]);
      sheet.addRow(["Иванов", "Иван", "Иванович", "7 а", "14.03.2013", "12-34", "123-456-789 00"]);
      sheet.addRow(["Петров", "", "", "7А", "01.01.2013", "", ""]);
      sheet.addRow(["Сидоров", "Пётр", "", "7А", "31.02.2013", "", ""]);
    });
    const report = await read(bytes);
    expect(report.people.map((person) => [person.fields.lastName, person.fields.className, person.fields.phone])).toEqual([["Иванов", "7А", undefined]]);
    expect(report.errors.map((problem) => [problem.row, problem.message])).toEqual([
      [3, "Имя: Заполните поле «Имя»."],
      [4, "Дата рождения: Такой даты нет в календаре."],
    ]);
    expect(report.warnings.map((problem) => problem.message)).toEqual([
      "Столбец G «СНИЛС» не загружается: программе эти сведения не нужны.",
      "Телефон «12-34» не похож на номер: человек загружается без телефона.",
    ]);
  });
});

describe("a staff list", () => {
  it("reads positions and experience in words as teachers", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Педагоги");
      sheet.addRow(["Ф.И.О.", "Должность", "Педагогический стаж", "Эл. почта"]);
      sheet.addRow(["Громова Анна Павловна", "Учитель математики", "24 года", "Gromova@School.ru"]);
      sheet.addRow(["Лебедев Кирилл Олегович", "Учитель физики", "молодой специалист", ""]);
    });
    const report = await read(bytes, "TEACHER");
    expect(report.errors).toEqual([]);
    expect(report.people.map((person) => [person.fields.category, person.fields.position, person.fields.experience, person.fields.email])).toEqual([
      ["TEACHER", "Учитель математики", 288, "gromova@school.ru"],
      ["TEACHER", "Учитель физики", 0, undefined],
    ]);
  });
});
