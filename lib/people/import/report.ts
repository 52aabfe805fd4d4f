import { countRu } from "@/lib/i18n/format";
import type { PeopleWorkbook } from "@/lib/people/import/read";
import type { ImportCounts, PlannedRow, RowOutcome } from "@/lib/people/import/service";
import { PEOPLE_FIELD_LABELS } from "@/lib/people/import/labels";

const PEOPLE = ["человек", "человека", "человек"] as const;
const ERRORS = ["ошибка", "ошибки", "ошибок"] as const;

/** «Добавим 25 человек, обновим 2, без изменений 3», as the page and the CLI say it. */
export function countsText(counts: ImportCounts, done: boolean): string {
  const parts = [
    `${done ? "добавлено" : "добавим"}: ${countRu(counts.created, PEOPLE)}`,
    counts.updated ? `${done ? "обновлено" : "обновим"}: ${counts.updated}` : "",
    counts.unchanged ? `без изменений: ${counts.unchanged}` : "",
    counts.merged ? `повторяются в файле: ${counts.merged}` : "",
    counts.parentsCreated ? `${done ? "новых родителей" : "новых родителей будет"}: ${counts.parentsCreated}` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

export function peopleImportMessage(result: { outcome: "preview" | "rejected" | "imported"; report: PeopleWorkbook; counts: ImportCounts }): string {
  const { report, counts } = result;
  if (result.outcome === "imported") {
    return counts.created + counts.updated === 0 && counts.parentsLinked === 0 ? "Все люди из файла уже есть в списках: ничего не изменилось." : `Загружено — ${countsText(counts, true)}.`;
  }
  if (report.errors.length > 0) {
    const rows = [...new Set(report.errors.flatMap((problem) => (problem.row ? [problem.row] : [])))];
    const where = rows.length > 0 ? ` (строки ${rows.slice(0, 10).join(", ")}${rows.length > 10 ? " и другие" : ""})` : "";
    return `Ничего не загружено: в файле ${countRu(report.errors.length, ERRORS)}${where}. Исправьте файл и проверьте его снова.`;
  }
  return `Ошибок нет: ${countsText(counts, false)}. Проверьте, как прочитан файл, и загрузите его.`;
}

/** What happens to one row, in words: «новый», «обновим: телефон, класс», «уже есть», «тот же, что в строке 7». */
export function outcomeText(outcome: RowOutcome): string {
  switch (outcome.kind) {
    case "create":
      return "будет добавлен";
    case "update":
      return `обновим: ${outcome.changes.map((field) => PEOPLE_FIELD_LABELS[field]).join(", ")}`;
    case "unchanged":
      return "уже есть, без изменений";
    case "merged":
      return `тот же человек, что в строке ${outcome.sameAs.row}${outcome.sameAs.sheet ? ` листа «${outcome.sameAs.sheet}»` : ""}: одна запись`;
  }
}

export function parentText(row: PlannedRow): string {
  if (!row.parent || !row.parentOutcome) return "";
  const name = `${row.parent.lastName} ${row.parent.firstName}`;
  if (row.parentOutcome === "linked") return `${name} (уже указан)`;
  return `${name} (${row.parentOutcome === "new" ? "новый" : "уже в списках"})`;
}
