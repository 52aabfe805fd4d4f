import { describe, expect, it } from "vitest";
import { documentProblems, expiringSoon, needsDocuments, whyNotMentorCandidate } from "@/lib/mentors/policy";

const TODAY = "2026-12-01";
const adult = (category: "PARENT" | "TEACHER" | "EMPLOYER_REPRESENTATIVE" | "GRADUATE" | "STUDENT" | "PUPIL", birthDate: string | null = "1990-01-01") => ({ category, birthDate, leftOn: null });

describe("documents for work with minors", () => {
  it("are asked of adults who are not the organisation's employees; not of teachers, nor of pupils mentoring pupils", () => {
    expect(needsDocuments(adult("EMPLOYER_REPRESENTATIVE"), TODAY)).toBe(true);
    expect(needsDocuments(adult("PARENT"), TODAY)).toBe(true);
    expect(needsDocuments(adult("GRADUATE"), TODAY)).toBe(true);
    expect(needsDocuments(adult("TEACHER"), TODAY)).toBe(false);
    expect(needsDocuments(adult("PUPIL", "2010-05-01"), TODAY)).toBe(false);
    expect(needsDocuments(adult("STUDENT", "2008-05-01"), TODAY)).toBe(true);
    expect(needsDocuments(adult("STUDENT", "2009-05-01"), TODAY)).toBe(false);
  });

  it("say which document is missing or when it ran out", () => {
    const expired = [{ kind: "NO_CRIMINAL_RECORD" as const, issuedOn: "2025-06-01", validUntil: "2026-11-01" }];
    expect(documentProblems(adult("EMPLOYER_REPRESENTATIVE"), expired, TODAY)).toEqual([
      "Справка об отсутствии судимости: срок действия истёк 01.11.2026",
      "Медицинская книжка (справка): нет в базе",
    ]);
    const valid = [
      { kind: "NO_CRIMINAL_RECORD" as const, issuedOn: "2026-10-01", validUntil: null },
      { kind: "MEDICAL" as const, issuedOn: "2026-09-01", validUntil: "2027-09-01" },
    ];
    expect(documentProblems(adult("PARENT"), [...expired, ...valid], TODAY)).toEqual([]);
    expect(documentProblems(adult("TEACHER"), [], TODAY)).toEqual([]);
  });

  it("valid documents running out within 30 days are flagged in advance, the rest not", () => {
    const documents = [
      { kind: "MEDICAL" as const, issuedOn: "2025-12-15", validUntil: "2026-12-31" },
      { kind: "NO_CRIMINAL_RECORD" as const, issuedOn: "2026-01-01", validUntil: "2027-01-01" },
      { kind: "MEDICAL" as const, issuedOn: "2025-01-01", validUntil: "2026-11-30" },
    ];
    expect(expiringSoon(documents, TODAY).map((document) => document.validUntil)).toEqual(["2026-12-31"]);
  });
});

describe("who can join the base of mentors", () => {
  it("a pupil from 13 with a known date of birth; adults of every category; nobody who has left", () => {
    expect(whyNotMentorCandidate(adult("PUPIL", "2014-01-01"), TODAY)).toBe("Наставником обучающийся может быть с 13 лет.");
    expect(whyNotMentorCandidate(adult("PUPIL", null), TODAY)).toContain("Укажите дату рождения");
    expect(whyNotMentorCandidate(adult("PUPIL", "2012-01-01"), TODAY)).toBeNull();
    expect(whyNotMentorCandidate(adult("PARENT"), TODAY)).toBeNull();
    expect(whyNotMentorCandidate({ ...adult("TEACHER"), leftOn: "2026-09-01" }, TODAY)).toContain("выбыл");
  });
});
