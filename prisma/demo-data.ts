import type { OrganisationKind, OrganisationRole } from "@/lib/generated/prisma/enums";

/** Demo organisations modelled on the seed documents; every person is invented. */
export const DEMO_PASSWORD = "Tandem-demo-2025";

export type DemoPerson = {
  /** How the README and the console name this login. */
  title: string;
  email: string;
  lastName: string;
  firstName: string;
  middleName: string;
  roles: OrganisationRole[];
  className?: string;
  classesLed?: string[];
  position?: string;
  /** E-mail of the child, for a parent. */
  childOf?: string;
};

export type DemoOrganisation = {
  slug: string;
  fullName: string;
  shortName: string;
  kind: OrganisationKind;
  locality: string;
  address: string;
  website?: string;
  directorName: string;
  /** The founder printed above the name on the school's documents. */
  founderName: string;
  timeZone: string;
  people: DemoPerson[];
};

export const DEMO_ADMIN = { email: "admin@tandem.demo", lastName: "Администраторов", firstName: "Алексей", middleName: "Петрович" };

export const DEMO_AUTHORITY = {
  slug: "berezovsky-uo",
  name: "Управление образования администрации Берёзовского муниципального округа",
  shortName: "Управление образования Берёзовского МО",
  level: "MUNICIPAL" as const,
  region: "Самарская область",
  municipality: "Берёзовский муниципальный округ",
  supervisor: { email: "municipality@tandem.demo", lastName: "Соколова", firstName: "Марина", middleName: "Викторовна" },
};

/** One person who works in two organisations, to show switching between them. */
export const SHARED_PSYCHOLOGIST: DemoPerson = {
  email: "psychologist@tandem.demo",
  lastName: "Белова",
  firstName: "Ольга",
  middleName: "Игоревна",
  roles: ["PSYCHOLOGIST"],
  position: "Педагог-психолог",
  title: "педагог-психолог в двух школах",
};

const STAFF_TITLES = {
  director: "руководитель",
  curator: "куратор",
  teacher: "классный руководитель",
  mentor: "наставник",
  mentee: "наставляемый",
  parent: "родитель",
} as const;

type StaffKey = keyof typeof STAFF_TITLES;

function staff(prefix: string, names: Record<StaffKey, [string, string, string]>, className: string): DemoPerson[] {
  const person = (key: StaffKey, extra: Pick<DemoPerson, "roles"> & Partial<DemoPerson>): DemoPerson => {
    const [lastName, firstName, middleName] = names[key];
    return { title: STAFF_TITLES[key], email: `${prefix}.${key}@tandem.demo`, lastName, firstName, middleName, ...extra };
  };
  return [
    person("director", { roles: ["DIRECTOR"], position: "Директор" }),
    person("curator", { roles: ["CURATOR"], position: "Заместитель директора по воспитательной работе" }),
    person("teacher", { roles: ["CLASS_TEACHER"], classesLed: [className], position: "Учитель, классный руководитель" }),
    person("mentor", { roles: ["MENTOR"], position: "Учитель" }),
    person("mentee", { roles: ["MENTEE"], className }),
    person("parent", { roles: ["PARENT"], childOf: `${prefix}.mentee@tandem.demo` }),
  ];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: "lyceum-17",
    fullName: "Муниципальное автономное общеобразовательное учреждение «Лицей № 17» Берёзовского муниципального округа",
    shortName: "МАОУ «Лицей № 17»",
    kind: "LYCEUM",
    locality: "г. Берёзовск",
    address: "446100, Самарская область, г. Берёзовск, ул. Школьная, д. 17",
    website: "https://lyceum17.example.ru",
    directorName: "Никитина Светлана Андреевна",
    founderName: "Управление образования администрации Берёзовского муниципального округа",
    timeZone: "Europe/Samara",
    people: staff(
      "lyceum",
      {
        director: ["Никитина", "Светлана", "Андреевна"],
        curator: ["Орлова", "Екатерина", "Сергеевна"],
        teacher: ["Васильев", "Дмитрий", "Олегович"],
        mentor: ["Громова", "Анна", "Павловна"],
        mentee: ["Кузнецов", "Артём", "Ильич"],
        parent: ["Кузнецова", "Ирина", "Владимировна"],
      },
      "7А",
    ),
  },
  {
    slug: "stepnovskaya-sosh",
    fullName: "Муниципальное казённое общеобразовательное учреждение «Степновская средняя общеобразовательная школа»",
    shortName: "МКОУ «Степновская СОШ»",
    kind: "SCHOOL",
    locality: "с. Степное",
    address: "446150, Самарская область, Берёзовский муниципальный округ, с. Степное, ул. Центральная, д. 5",
    directorName: "Захаров Иван Николаевич",
    founderName: "Управление образования администрации Берёзовского муниципального округа",
    timeZone: "Europe/Samara",
    people: [
      ...staff(
        "stepnoe",
        {
          director: ["Захаров", "Иван", "Николаевич"],
          curator: ["Полякова", "Наталья", "Геннадьевна"],
          teacher: ["Ершова", "Людмила", "Петровна"],
          mentor: ["Сидоренко", "Валентина", "Ивановна"],
          mentee: ["Миронова", "Дарья", "Алексеевна"],
          parent: ["Миронов", "Алексей", "Юрьевич"],
        },
        "6Б",
      ),
      SHARED_PSYCHOLOGIST,
    ],
  },
  {
    slug: "ozerskaya-internat",
    fullName: "Государственное казённое общеобразовательное учреждение «Озёрская школа-интернат»",
    shortName: "ГКОУ «Озёрская школа-интернат»",
    kind: "BOARDING_SCHOOL",
    locality: "п. Озёрный",
    address: "446170, Самарская область, Берёзовский муниципальный округ, п. Озёрный, ул. Лесная, д. 2",
    directorName: "Фомина Надежда Степановна",
    founderName: "Министерство образования Самарской области",
    timeZone: "Europe/Samara",
    people: [
      ...staff(
        "ozerny",
        {
          director: ["Фомина", "Надежда", "Степановна"],
          curator: ["Тихонова", "Елена", "Аркадьевна"],
          teacher: ["Романов", "Сергей", "Викторович"],
          mentor: ["Лебедева", "Татьяна", "Николаевна"],
          mentee: ["Зайцев", "Никита", "Андреевич"],
          parent: ["Зайцева", "Ольга", "Михайловна"],
        },
        "8В",
      ),
      SHARED_PSYCHOLOGIST,
    ],
  },
];

/** Every demo login with who it is, for the README and the console. */
export function demoLogins(): { who: string; email: string }[] {
  return [
    { who: "администратор платформы", email: DEMO_ADMIN.email },
    { who: `специалист органа управления (${DEMO_AUTHORITY.shortName})`, email: DEMO_AUTHORITY.supervisor.email },
    ...DEMO_ORGANISATIONS.flatMap((organisation) =>
      organisation.people
        .filter((person) => person !== SHARED_PSYCHOLOGIST)
        .map((person) => ({ who: `${person.title}, ${organisation.shortName}`, email: person.email })),
    ),
    { who: SHARED_PSYCHOLOGIST.title, email: SHARED_PSYCHOLOGIST.email },
  ];
}
