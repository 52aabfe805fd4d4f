import type { OrganisationKind, OrganisationRole } from "@/lib/generated/prisma/enums";
import type { Random } from "@/lib/ops/region/random";
import { parentOf, personName, type PersonName } from "@/lib/ops/region/names";
import { randomUUID } from "node:crypto";

/** One organisation's people: administration, teachers and mentors, students and their parents (~80). */

export type MemberPlan = {
  id: string;
  userId: string;
  email: string;
  name: PersonName;
  roles: OrganisationRole[];
  className: string | null;
  classesLed: string[];
  position: string | null;
};

export type Staff = {
  members: MemberPlan[];
  guardianships: { parentId: string; childId: string }[];
  director: MemberPlan;
  curator: MemberPlan;
  psychologist: MemberPlan;
  methodist: MemberPlan;
  mentors: MemberPlan[];
};

const SUBJECTS = [
  "математики", "русского языка и литературы", "истории и обществознания", "физики", "химии", "биологии",
  "географии", "английского языка", "информатики", "физической культуры", "начальных классов", "музыки",
];
const LETTERS = ["А", "Б", "В"];

function classesOf(random: Random, kind: OrganisationKind, count: number): string[] {
  if (kind === "COLLEGE") return random.sample(["ТМ", "ЭС", "ПК", "СД", "ТО", "БУ", "ПД", "АТ"], count).map((group) => `${group}-${random.int(21, 25)}`);
  if (kind === "ADDITIONAL_EDUCATION") return random.sample(["Робототехника", "Хор", "Шахматы", "Туризм", "Живопись", "Театр", "Волейбол", "Моделирование"], count);
  const grades = kind === "LYCEUM" || kind === "GYMNASIUM" ? [7, 8, 9, 10, 11] : [5, 6, 7, 8, 9, 10, 11];
  return random.sample(grades.flatMap((grade) => LETTERS.map((letter) => `${grade}${letter}`)), count);
}

function teacherPosition(random: Random, kind: OrganisationKind): string {
  if (kind === "COLLEGE") return "Преподаватель";
  if (kind === "ADDITIONAL_EDUCATION") return "Педагог дополнительного образования";
  return `Учитель ${random.pick(SUBJECTS)}`;
}

export function staffOf(random: Random, slug: string, kind: OrganisationKind): Staff {
  const members: MemberPlan[] = [];
  const add = (key: string, name: PersonName, roles: OrganisationRole[], extra: Partial<Pick<MemberPlan, "className" | "classesLed" | "position">> = {}) => {
    const member: MemberPlan = {
      id: randomUUID(),
      userId: randomUUID(),
      email: `${slug}.${key}@tandem.demo`,
      name,
      roles,
      className: extra.className ?? null,
      classesLed: extra.classesLed ?? [],
      position: extra.position ?? null,
    };
    members.push(member);
    return member;
  };
  const nn = (n: number) => String(n).padStart(2, "0");
  const director = add("director", personName(random), ["DIRECTOR"], { position: kind === "ADDITIONAL_EDUCATION" || kind === "COLLEGE" ? "Директор" : "Директор школы" });
  const curator = add("curator", personName(random, random.chance(0.85) ? "female" : "male"), ["CURATOR"], { position: "Заместитель директора по воспитательной работе" });
  const psychologist = add("psychologist", personName(random, "female"), ["PSYCHOLOGIST"], { position: "Педагог-психолог" });
  const methodist = add("methodist", personName(random), ["METHODIST"], { position: "Методист" });
  const classes = classesOf(random, kind, 8);
  const classTeacher = kind === "COLLEGE" ? "куратор группы" : "классный руководитель";
  const teachers = classes.map((className, index) =>
    add(`teacher${nn(index + 1)}`, personName(random, random.chance(0.8) ? "female" : "male"), index % 2 === 0 ? ["CLASS_TEACHER", "MENTOR"] : ["CLASS_TEACHER"], {
      classesLed: [className],
      position: `${teacherPosition(random, kind)}, ${classTeacher}`,
    }),
  );
  const mentors = Array.from({ length: 10 }, (_, index) =>
    add(`mentor${nn(index + 1)}`, personName(random, random.chance(0.75) ? "female" : "male"), ["MENTOR"], { position: teacherPosition(random, kind) }),
  );
  const guardianships: Staff["guardianships"] = [];
  const students = random.int(22, 36);
  for (let index = 1; index <= students; index++) {
    const male = random.chance(0.5);
    const name = personName(random, male ? "male" : "female");
    const child = add(`mentee${nn(index)}`, name, ["MENTEE"], { className: random.pick(classes) });
    const parent = add(`parent${nn(index)}`, parentOf(random, name, male), ["PARENT"]);
    guardianships.push({ parentId: parent.id, childId: child.id });
  }
  return { members, guardianships, director, curator, psychologist, methodist, mentors: [...teachers.filter((teacher) => teacher.roles.includes("MENTOR")), ...mentors] };
}
