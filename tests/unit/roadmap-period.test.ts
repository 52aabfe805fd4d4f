import { describe, expect, it } from "vitest";
import { describePeriod, parsePeriod, shiftPeriodText, type ParsedPeriod } from "@/lib/roadmap/period";

const YEAR_2021 = { startYear: 2021 };
const YEAR_2025 = { startYear: 2025 };

function expectPeriod(text: string, year: { startYear: number }, kind: string, start: string | null, end: string | null) {
  expect(parsePeriod(text, year)).toEqual({ ok: true, kind, start, end, text });
}

function expectFailure(text: string, year = YEAR_2025): string {
  const parsed = parsePeriod(text, year);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? "" : parsed.error;
}

describe("periods written in the seed documents", () => {
  it.each([
    ["Октябрь -декабрь 2021", "range", "2021-10-01", "2021-12-31"],
    ["Декабрь 2021 - январь 2022", "range", "2021-12-01", "2022-01-31"],
    ["Январь 2022", "month", "2022-01-01", "2022-01-31"],
    ["Январь 2022 ", "month", "2022-01-01", "2022-01-31"],
    ["Февраль 2022 – май 2022 ", "range", "2022-02-01", "2022-05-31"],
    ["Май 2022", "month", "2022-05-01", "2022-05-31"],
    ["на 2021-2022 гг.", "range", "2021-09-01", "2022-08-31"],
  ])("«%s» → %s %s – %s", (text, kind, start, end) => expectPeriod(text, YEAR_2021, kind, start, end));

  it("understands the monitoring deadline of the regulation («не позднее 30 сентября»)", () =>
    expectPeriod("не позднее 30 сентября", YEAR_2025, "deadline", null, "2025-09-30"));

  it("understands the deadline quoted in DOMAIN.md («до 20.08.2020»)", () =>
    expectPeriod("до 20.08.2020", { startYear: 2019 }, "deadline", null, "2020-08-20"));
});

describe("month ranges", () => {
  it("a month range with the year at the end takes that year for both months", () =>
    expectPeriod("октябрь – декабрь 2025", YEAR_2025, "range", "2025-10-01", "2025-12-31"));

  it("a month range with a year on each side crosses the new year", () =>
    expectPeriod("Декабрь 2025 — январь 2026", YEAR_2025, "range", "2025-12-01", "2026-01-31"));

  it("a month range without a year takes the academic year", () =>
    expectPeriod("сентябрь–октябрь", YEAR_2025, "range", "2025-09-01", "2025-10-31"));

  it("a month range without a year in spring takes the second year of the academic year", () =>
    expectPeriod("март - апрель", YEAR_2025, "range", "2026-03-01", "2026-04-30"));

  it("a month range without a year crossing the new year ends in the next calendar year", () =>
    expectPeriod("ноябрь – февраль", YEAR_2025, "range", "2025-11-01", "2026-02-28"));

  it("a year written only at the end of a range crossing the new year belongs to the last month", () =>
    expectPeriod("ноябрь – февраль 2026", YEAR_2025, "range", "2025-11-01", "2026-02-28"));

  it("a year written only on the first month carries over to the second", () =>
    expectPeriod("декабрь 2025 – январь", YEAR_2025, "range", "2025-12-01", "2026-01-31"));

  it("«сентябрь – май» is the school year as a range", () =>
    expectPeriod("сентябрь – май", YEAR_2025, "range", "2025-09-01", "2026-05-31"));

  it("a range ending in February of a leap year ends on the 29th", () =>
    expectPeriod("январь – февраль 2028", { startYear: 2027 }, "range", "2028-01-01", "2028-02-29"));

  it("a range ending in February of a common year ends on the 28th", () =>
    expectPeriod("январь – февраль 2027", { startYear: 2026 }, "range", "2027-01-01", "2027-02-28"));

  it("accepts «г.», «года», the letter Ё and a trailing dot", () => {
    expectPeriod("Октябрь - декабрь 2025 г.", YEAR_2025, "range", "2025-10-01", "2025-12-31");
    expectPeriod("октябрь 2025 года – декабрь 2025 года", YEAR_2025, "range", "2025-10-01", "2025-12-31");
    expectPeriod("СЕНТЯБРЬ—ОКТЯБРЬ.", YEAR_2025, "range", "2025-09-01", "2025-10-31");
  });

  it("accepts «с … по …» with months", () =>
    expectPeriod("с сентября по декабрь 2025", YEAR_2025, "range", "2025-09-01", "2025-12-31"));

  it("accepts a month range in the genitive after «в течение»", () =>
    expectPeriod("в течение октября – ноября", YEAR_2025, "range", "2025-10-01", "2025-11-30"));
});

describe("single months", () => {
  it("a month with a year is that month", () => expectPeriod("январь 2026", YEAR_2025, "month", "2026-01-01", "2026-01-31"));

  it("a spring month without a year takes the second year of the academic year", () =>
    expectPeriod("май", YEAR_2025, "month", "2026-05-01", "2026-05-31"));

  it("an autumn month without a year takes the first year of the academic year", () =>
    expectPeriod("Октябрь", YEAR_2025, "month", "2025-10-01", "2025-10-31"));

  it("a month in the prepositional case after «в»", () =>
    expectPeriod("в январе 2026", YEAR_2025, "month", "2026-01-01", "2026-01-31"));

  it("«в мае» is May", () => expectPeriod("в мае", YEAR_2025, "month", "2026-05-01", "2026-05-31"));

  it("a month in the genitive after «в течение»", () =>
    expectPeriod("в течение сентября", YEAR_2025, "month", "2025-09-01", "2025-09-30"));

  it("February of a leap year has 29 days", () =>
    expectPeriod("февраль", { startYear: 2027 }, "month", "2028-02-01", "2028-02-29"));

  it("tells March from May", () => {
    expectPeriod("март", YEAR_2025, "month", "2026-03-01", "2026-03-31");
    expectPeriod("мая 2026", YEAR_2025, "month", "2026-05-01", "2026-05-31");
  });
});

describe("deadlines", () => {
  it("«до» a numeric date", () => expectPeriod("до 20.08.2025", YEAR_2025, "deadline", null, "2025-08-20"));

  it("«до» a numeric date with a two-digit year", () => expectPeriod("до 20.08.25", YEAR_2025, "deadline", null, "2025-08-20"));

  it("«не позднее» a worded date", () =>
    expectPeriod("не позднее 15 сентября 2025", YEAR_2025, "deadline", null, "2025-09-15"));

  it("a worded date without a year takes the academic year", () => {
    expectPeriod("до 1 октября", YEAR_2025, "deadline", null, "2025-10-01");
    expectPeriod("до 30 сентября", YEAR_2025, "deadline", null, "2025-09-30");
    expectPeriod("до 30 марта", YEAR_2025, "deadline", null, "2026-03-30");
  });

  it("«до конца» a month is its last day", () => {
    expectPeriod("до конца сентября", YEAR_2025, "deadline", null, "2025-09-30");
    expectPeriod("до конца февраля 2028", YEAR_2025, "deadline", null, "2028-02-29");
  });

  it("«к» and «не позже» are deadlines too", () => {
    expectPeriod("к 1 сентября 2025 г.", YEAR_2025, "deadline", null, "2025-09-01");
    expectPeriod("не позже 01.06.2026", YEAR_2025, "deadline", null, "2026-06-01");
  });

  it("«до» a month without a day is ambiguous and not accepted", () => {
    expectFailure("до сентября");
  });
});

describe("days and day ranges", () => {
  it("«с … по …» days of one month without a year take the academic year", () =>
    expectPeriod("с 1 по 15 сентября", YEAR_2025, "range", "2025-09-01", "2025-09-15"));

  it("«с … по …» numeric dates", () =>
    expectPeriod("с 01.09.2025 по 15.09.2025", YEAR_2025, "range", "2025-09-01", "2025-09-15"));

  it("a dash between days borrows the month and year of the second day", () =>
    expectPeriod("1–15 сентября 2025", YEAR_2025, "range", "2025-09-01", "2025-09-15"));

  it("numeric dates with two-digit years and no spaces around the dash", () =>
    expectPeriod("1.01.26–31.12.26", YEAR_2025, "range", "2026-01-01", "2026-12-31"));

  it("numeric dates across the academic year", () =>
    expectPeriod("01.09.2025 - 31.05.2026", YEAR_2025, "range", "2025-09-01", "2026-05-31"));

  it("worded dates in different months and years", () =>
    expectPeriod("с 15 декабря 2025 г. по 15 января 2026 г.", YEAR_2025, "range", "2025-12-15", "2026-01-15"));

  it("a single numeric date starts and ends that day", () =>
    expectPeriod("15.09.2025", YEAR_2025, "range", "2025-09-15", "2025-09-15"));

  it("a single worded date with «г.» starts and ends that day", () =>
    expectPeriod("15 сентября 2025 г.", YEAR_2025, "range", "2025-09-15", "2025-09-15"));

  it("29 February exists in a leap year", () =>
    expectPeriod("29.02.2028", { startYear: 2027 }, "range", "2028-02-29", "2028-02-29"));
});

describe("the whole year and the programme", () => {
  const year = ["2025-09-01", "2026-08-31"] as const;

  it.each(["в течение года", "в течение учебного года", "весь год", "В течение всего учебного года", "учебный год"])(
    "«%s» is the whole academic year",
    (text) => expectPeriod(text, YEAR_2025, "whole-year", ...year),
  );

  it.each(["2025-2026 учебный год", "2025/2026 уч. г.", "2025–2026 гг.", "в течение 2025-2026 учебного года", "2025-26 уч. г."])(
    "an explicit academic year «%s» is a range over it",
    (text) => expectPeriod(text, { startYear: 2020 }, "range", ...year),
  );

  it("two years that are not consecutive are not an academic year", () => {
    expectFailure("2025-2027");
  });

  it.each([
    "в течение всего периода",
    "в течение всего периода реализации программы",
    "на протяжении всей программы",
    "В течение всего периода реализации программы наставничества",
  ])("«%s» is the programme, which runs one academic year", (text) =>
    expectPeriod(text, YEAR_2025, "programme", ...year));

  it("a calendar year is January to December", () =>
    expectPeriod("в 2026 году", YEAR_2025, "range", "2026-01-01", "2026-12-31"));
});

describe("no fixed date", () => {
  it.each([
    "в соответствии со сроками реализации программ",
    "по мере необходимости",
    "по мере поступления",
    "постоянно",
    "Ежемесячно",
    "еженедельно",
    "регулярно",
    "по графику",
    "не реже 1 раза в неделю",
    "",
    "   ",
  ])("«%s» is unscheduled", (text) => expectPeriod(text, YEAR_2025, "unscheduled", null, null));
});

describe("halves, school quarters and calendar quarters", () => {
  it("the first half-year is September to December", () =>
    expectPeriod("I полугодие", YEAR_2025, "range", "2025-09-01", "2025-12-31"));

  it("the second half-year is January to May", () =>
    expectPeriod("во II полугодии", YEAR_2025, "range", "2026-01-01", "2026-05-31"));

  it("school quarters follow the school year", () => {
    expectPeriod("1 четверть", YEAR_2025, "range", "2025-09-01", "2025-10-31");
    expectPeriod("II четверть", YEAR_2025, "range", "2025-11-01", "2025-12-31");
    expectPeriod("III четверть", YEAR_2025, "range", "2026-01-01", "2026-03-31");
    expectPeriod("IV четверть", YEAR_2025, "range", "2026-04-01", "2026-05-31");
  });

  it("a calendar quarter with a year", () => expectPeriod("1 квартал 2026", YEAR_2025, "range", "2026-01-01", "2026-03-31"));

  it("a calendar quarter without a year takes the academic year", () =>
    expectPeriod("4 квартал", YEAR_2025, "range", "2025-10-01", "2025-12-31"));

  it("there is no third half-year", () => {
    expectFailure("III полугодие");
  });
});

describe("what is not understood", () => {
  it("explains in Russian how to write a period", () => {
    expect(expectFailure("когда получится")).toBe(
      "Не удалось распознать срок «когда получится»: напишите, например, «октябрь – декабрь 2025» или «до 20.08.2025»",
    );
  });

  it("keeps the original text", () => expect(parsePeriod("после каникул", YEAR_2025).text).toBe("после каникул"));

  it("rejects a date that does not exist", () => {
    expect(expectFailure("31.02.2025")).toBe("Такой даты нет в календаре: 31.02.2025");
    expectFailure("до 31.04.2026");
    expectFailure("32.01.2026");
    expectFailure("15.13.2025");
  });

  it("rejects 29 February of a common year", () => {
    expectFailure("29 февраля", YEAR_2025);
  });

  it("rejects a range whose end is before its start", () => {
    expect(expectFailure("01.12.2025 - 01.10.2025")).toContain("Конец срока раньше начала");
    expect(expectFailure("декабрь 2025 – октябрь 2025")).toContain("Конец срока раньше начала");
    expect(expectFailure("с 15 по 1 сентября")).toContain("Конец срока раньше начала");
  });

  it.each(["сентябрь - октябрь - ноябрь", "15", "с 1 сентября", "весна 2026"])("rejects «%s»", (text) => {
    expectFailure(text);
  });
});

describe("describing a period", () => {
  const described = (text: string) => describePeriod(parsePeriod(text, YEAR_2025));

  it("a range as two dates", () => expect(described("октябрь – декабрь 2025")).toBe("01.10.2025 – 31.12.2025"));
  it("a month as its first and last days", () => expect(described("январь 2026")).toBe("01.01.2026 – 31.01.2026"));
  it("a deadline with «до»", () => expect(described("до 20.08.2025")).toBe("до 20.08.2025"));
  it("a single day as one date", () => expect(described("15.09.2025")).toBe("15.09.2025"));
  it("the programme as the academic year", () => expect(described("в течение всего периода")).toBe("01.09.2025 – 31.08.2026"));
  it("no fixed date", () => expect(described("по мере необходимости")).toBe("без фиксированного срока"));
  it("an unrecognised period", () => expect(described("когда-нибудь")).toBe("срок не распознан"));
  it("an open start", () => {
    const openStart: ParsedPeriod = { ok: true, kind: "range", start: "2025-09-01", end: null, text: "" };
    expect(describePeriod(openStart)).toBe("с 01.09.2025");
  });
});

describe("shifting the years written in a period", () => {
  it.each([
    ["Октябрь -декабрь 2021", 4, "Октябрь -декабрь 2025"],
    ["Декабрь 2021 - январь 2022", 4, "Декабрь 2025 - январь 2026"],
    ["Февраль 2022 – май 2022 ", 4, "Февраль 2026 – май 2026 "],
    ["1.01.21–31.12.21", 4, "1.01.25–31.12.25"],
    ["до 20.08.2025", 1, "до 20.08.2026"],
    ["до 20.08.25", -1, "до 20.08.24"],
    ["2021-2022 гг.", 4, "2025-2026 гг."],
    ["2021–2022 гг.", 4, "2025–2026 гг."],
    ["2021/2022 уч. г.", 4, "2025/2026 уч. г."],
    ["2021-22 уч. г.", 4, "2025-26 уч. г."],
    ["15 сентября 2025 г.", 2, "15 сентября 2027 г."],
    ["1.01.99–31.12.99", 1, "1.01.00–31.12.00"],
  ])("«%s» moved by %i → «%s»", (text, years, shifted) => expect(shiftPeriodText(text, years)).toBe(shifted));

  it.each(["в течение года", "сентябрь – май", "с 1 по 15 сентября", "до 30.09", "1–15 сентября", ""])(
    "leaves «%s» without years as written",
    (text) => expect(shiftPeriodText(text, 4)).toBe(text),
  );

  it("does not take a day after a year for a two-digit year", () =>
    expect(shiftPeriodText("май 2021-15 июня", 4)).toBe("май 2025-15 июня"));

  it("moving by zero years changes nothing", () => expect(shiftPeriodText("Январь 2022", 0)).toBe("Январь 2022"));

  it("a shifted period parses in the new academic year", () =>
    expectPeriod(shiftPeriodText("Декабрь 2021 - январь 2022", 4), YEAR_2025, "range", "2025-12-01", "2026-01-31"));
});

describe("more of what schools write", () => {
  it("«по» a date is a deadline", () => expectPeriod("по 31.05", YEAR_2025, "deadline", null, "2026-05-31"));

  it("a numeric date without a year takes the academic year", () => {
    expectPeriod("15.09", YEAR_2025, "range", "2025-09-15", "2025-09-15");
    expectPeriod("до 20.04", YEAR_2025, "deadline", null, "2026-04-20");
  });

  it("a range whose first date omits the month borrows it from the second", () =>
    expectPeriod("01–15.09", YEAR_2025, "range", "2025-09-01", "2025-09-15"));

  it("a range whose first date omits the year borrows it from the second", () =>
    expectPeriod("20.12-15.01.2026", YEAR_2025, "range", "2025-12-20", "2026-01-15"));

  it("a list of dates runs from the first to the last", () => {
    expectPeriod("05.09.2025, 12.10.2025, 20.12.2025", YEAR_2025, "range", "2025-09-05", "2025-12-20");
    expectPeriod("сентябрь, январь, май", YEAR_2025, "range", "2025-09-01", "2026-05-31");
    expectPeriod("15 октября и 15 марта", YEAR_2025, "range", "2025-10-15", "2026-03-15");
  });

  it("a list with one impossible date says which", () => expect(expectFailure("05.09.2025; 31.09.2025")).toBe("Такой даты нет в календаре: 31.09.2025"));

  it("«по мере необходимости», «ежемесячно» and a quarter", () => {
    expectPeriod("по мере необходимости", YEAR_2025, "unscheduled", null, null);
    expectPeriod("ежемесячно", YEAR_2025, "unscheduled", null, null);
    expectPeriod("II квартал", YEAR_2025, "range", "2026-04-01", "2026-06-30");
  });
});
