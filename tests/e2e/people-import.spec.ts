import ExcelJS from "exceljs";
import { expect, test } from "./support/fixtures";
import { PHONE, expectNoHorizontalOverflow } from "./support/phone";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A class teacher's list as it is kept in Excel: a title, a header, numbered rows, a totals line. */
async function classList(pupils: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("7А");
  sheet.addRow(["Список обучающихся 7 «А» класса"]);
  sheet.addRow(["№", "Ф.И.О. ученика", "Дата рождения", "ФИО родителя", "Телефон родителя"]);
  pupils.forEach((pupil, index) => sheet.addRow([index + 1, ...pupil]));
  sheet.addRow(["", `Итого: ${pupils.length} человек`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const PUPILS = [
  ["Ёлкин Артём Ильич", "14.03.2013", "Ёлкина Ирина Петровна", "8 (912) 345-67-89"],
  ["Петрова Анна Сергеевна", "02.11.2013", "Петров Сергей Иванович", "+7 912 000 11 22"],
  ["Сидоров Олег Ильич", "15.01.2013", "", ""],
];

test("a curator loads a class list: a bad row is named and nothing is written, the fixed file loads, loading it again changes nothing", async ({ pageAs, freshTenant }) => {
  const tenant = await freshTenant({ curator: ["CURATOR"] });
  const page = await pageAs(tenant.people.curator.email, { password: tenant.people.curator.password, context: PHONE });
  await page.goto(`/o/${tenant.slug}/people`);
  await page.getByRole("link", { name: "Загрузить из Excel" }).click();
  await expect(page.getByRole("heading", { name: "Загрузка списка из Excel" })).toBeVisible();

  const upload = async (content: Buffer) => {
    await page.locator('input[type="file"]').setInputFiles({ name: "7А.xlsx", mimeType: XLSX, buffer: content });
    await page.getByRole("button", { name: "Проверить файл" }).click();
  };

  await upload(await classList([...PUPILS, ["Кузнецов К.К.", "01.01.2013", "", ""]]));
  await expect(page.getByTestId("form-error")).toContainText("Ничего не загружено: в файле 1 ошибка (строки 6)");
  await expect(page.getByTestId("import-problems")).toContainText("Лист «7А», строка 6: ФИО «Кузнецов К.К.»: имя и отчество записаны инициалами, нужны полностью.");
  await expect(page.getByRole("button", { name: "Загрузить в список людей" })).toHaveCount(0);
  await expectNoHorizontalOverflow(page);

  await upload(await classList([...PUPILS, ["Кузнецов Кирилл Кириллович", "01.01.2013", "", ""]]));
  await expect(page.getByTestId("form-success")).toContainText("Ошибок нет: добавим: 4 человека, новых родителей будет: 2");
  await expect(page.getByTestId("import-rows")).toContainText("Ёлкина Ирина (новый)");
  await page.getByRole("button", { name: "Загрузить в список людей" }).click();
  await expect(page.getByTestId("form-success")).toContainText("Загружено — добавлено: 4 человека, новых родителей: 2");

  await upload(await classList([...PUPILS, ["Кузнецов Кирилл Кириллович", "01.01.2013", "", ""]]));
  await expect(page.getByTestId("form-success")).toContainText("без изменений: 4");
  await page.getByRole("button", { name: "Загрузить в список людей" }).click();
  await expect(page.getByTestId("form-success")).toContainText("Все люди из файла уже есть в списках: ничего не изменилось.");

  await page.getByRole("link", { name: "Открыть список людей" }).click();
  await expect(page.getByTestId("people-counts")).toContainText("Обучающийся: 4");
  await expect(page.getByTestId("people-counts")).toContainText("Родитель (законный представитель): 2");
  await page.getByRole("link", { name: "Ёлкин Артём Ильич" }).click();
  await expect(page.getByTestId("person-facts")).toContainText("7А");
  await expect(page.getByRole("link", { name: "Ёлкина Ирина Петровна" })).toBeVisible();
});
