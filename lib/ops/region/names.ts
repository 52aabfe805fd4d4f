import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { seededRandom, type Random } from "@/lib/ops/region/random";
import type { DemoOrganisation } from "@/prisma/demo-data";

/** Invented people and organisations of the demo region: plausible Russian names, no real person. */

const MALE_SURNAMES = [
  "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
  "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
  "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
  "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
  "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
  "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
  "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов",
  "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
  "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов",
  "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Прохоров",
  "Рябов", "Бирюков", "Панов", "Ершов", "Шаров", "Рожков", "Гордеев", "Горбунов", "Широков", "Ткаченко",
  "Бондаренко", "Шевчук", "Кравченко", "Мищенко", "Литвиненко", "Белозерский", "Вишневский", "Покровский", "Раевский", "Добровольский",
];

const MALE_NAMES = [
  "Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Валерий", "Василий", "Виктор",
  "Владимир", "Владислав", "Вячеслав", "Геннадий", "Георгий", "Глеб", "Григорий", "Даниил", "Денис", "Дмитрий",
  "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл", "Константин", "Лев", "Максим", "Матвей",
  "Михаил", "Никита", "Николай", "Олег", "Павел", "Пётр", "Роман", "Руслан", "Сергей", "Степан",
  "Тимофей", "Фёдор", "Юрий", "Ярослав", "Марк", "Тимур", "Арсений", "Семён",
];

const FEMALE_NAMES = [
  "Александра", "Алина", "Алла", "Анастасия", "Анна", "Валентина", "Валерия", "Вера", "Вероника", "Виктория",
  "Галина", "Дарья", "Диана", "Евгения", "Екатерина", "Елена", "Елизавета", "Жанна", "Зоя", "Ирина",
  "Кира", "Ксения", "Лариса", "Любовь", "Людмила", "Маргарита", "Марина", "Мария", "Надежда", "Наталья",
  "Нина", "Оксана", "Олеся", "Ольга", "Полина", "Светлана", "Софья", "Тамара", "Татьяна", "Ульяна",
  "Юлия", "Яна", "Варвара", "Василиса", "Милана", "Арина", "Таисия", "Лидия",
];

/** [male, female] patronymics. */
const PATRONYMICS: readonly (readonly [string, string])[] = [
  ["Александрович", "Александровна"], ["Алексеевич", "Алексеевна"], ["Андреевич", "Андреевна"], ["Анатольевич", "Анатольевна"],
  ["Борисович", "Борисовна"], ["Валерьевич", "Валерьевна"], ["Васильевич", "Васильевна"], ["Викторович", "Викторовна"],
  ["Владимирович", "Владимировна"], ["Вячеславович", "Вячеславовна"], ["Геннадьевич", "Геннадьевна"], ["Георгиевич", "Георгиевна"],
  ["Григорьевич", "Григорьевна"], ["Дмитриевич", "Дмитриевна"], ["Евгеньевич", "Евгеньевна"], ["Иванович", "Ивановна"],
  ["Игоревич", "Игоревна"], ["Ильич", "Ильинична"], ["Константинович", "Константиновна"], ["Максимович", "Максимовна"],
  ["Михайлович", "Михайловна"], ["Николаевич", "Николаевна"], ["Олегович", "Олеговна"], ["Павлович", "Павловна"],
  ["Петрович", "Петровна"], ["Романович", "Романовна"], ["Сергеевич", "Сергеевна"], ["Степанович", "Степановна"],
  ["Фёдорович", "Фёдоровна"], ["Юрьевич", "Юрьевна"], ["Ярославович", "Ярославовна"], ["Аркадьевич", "Аркадьевна"],
];

export type PersonName = { lastName: string; firstName: string; middleName: string };

function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (surname.endsWith("ский")) return `${surname.slice(0, -4)}ская`;
  return surname; // Ткаченко, Шевчук: the same for both
}

export function personName(random: Random, gender: "male" | "female" = random.chance(0.5) ? "male" : "female"): PersonName {
  const surname = random.pick(MALE_SURNAMES);
  const [male, female] = random.pick(PATRONYMICS);
  return gender === "male"
    ? { lastName: surname, firstName: random.pick(MALE_NAMES), middleName: male }
    : { lastName: feminineSurname(surname), firstName: random.pick(FEMALE_NAMES), middleName: female };
}

/** The same family name for a child's parent. */
export function parentOf(random: Random, child: PersonName, childIsMale: boolean): PersonName {
  const gender = random.chance(0.8) ? "female" : "male";
  const parent = personName(random, gender);
  const maleSurname = childIsMale ? child.lastName : MALE_SURNAMES.find((surname) => feminineSurname(surname) === child.lastName) ?? child.lastName;
  return { ...parent, lastName: gender === "male" ? maleSurname : feminineSurname(maleSurname) };
}

// ───────────────────────── Localities and organisations ─────────────────────────

const TOWN = "г. Берёзовск";
const VILLAGES = [
  "с. Никольское", "с. Покровское", "с. Воскресенка", "с. Троицкое", "с. Успенка", "с. Богородское", "с. Александровка",
  "с. Михайловка", "с. Ивановка", "с. Петровка", "с. Знаменка", "с. Красный Яр", "с. Кинель-Черкассы", "с. Подгорное",
  "с. Спасское", "с. Рождествено", "с. Малиновка", "с. Вишнёвое", "с. Тихоновка", "с. Орловка", "с. Дубовый Умёт",
  "п. Луговой", "п. Садовый", "п. Заречный", "п. Лесной", "п. Первомайский", "п. Октябрьский", "п. Речной",
  "п. Солнечный", "п. Степной", "п. Светлый", "п. Новоберёзовский", "пгт Приволжский", "пгт Суходол", "п. Кутузовский",
  "д. Крутые Ключи", "д. Сосновка", "д. Ольховка", "с. Большая Глушица", "с. Марьевка",
];
const STREETS = [
  "Школьная", "Центральная", "Советская", "Ленина", "Молодёжная", "Садовая", "Мира", "Лесная", "Набережная", "Полевая",
  "Гагарина", "Комсомольская", "Победы", "Пушкина", "Заречная", "Кооперативная", "Строителей", "Октябрьская",
];
const COLLEGE_PROFILES = [
  "политехнический колледж", "педагогический колледж", "медицинский колледж", "аграрный техникум", "строительный техникум",
  "колледж сервиса и туризма", "индустриальный колледж", "энергетический техникум", "экономический колледж", "колледж транспорта",
];
const ADDITIONAL_KINDS = [
  "Дом детского творчества", "Центр детского творчества", "Детско-юношеская спортивная школа", "Станция юных техников",
  "Центр дополнительного образования детей", "Детская школа искусств",
];

export type OrganisationProfile = Pick<DemoOrganisation, "slug" | "fullName" | "shortName" | "kind" | "locality" | "address" | "founderName"> & {
  website: string | null;
};

/** «Самарская область» → «Самарской области», «Пермский край» → «Пермского края»; anything else as it is. */
function regionGenitive(region: string): string {
  return region.replace(/^(\S+)ая область$/, "$1ой области").replace(/^(\S+)ий край$/, "$1ого края");
}

export type RegionAuthority = { name: string; region: string; municipality: string };

const regionSlug = (index: number) => `region-${String(index).padStart(3, "0")}`;

const KIND_SHARES: readonly [OrganisationKind, number][] = [
  ["SCHOOL", 0.7], ["GYMNASIUM", 0.06], ["LYCEUM", 0.06], ["BOARDING_SCHOOL", 0.04], ["ADDITIONAL_EDUCATION", 0.09], ["COLLEGE", 0.05],
];

function kindOf(random: Random): OrganisationKind {
  let draw = random.next();
  for (const [kind, share] of KIND_SHARES) {
    draw -= share;
    if (draw < 0) return kind;
  }
  return "SCHOOL";
}

const numbered = (count: number) => (count > 1 ? ` № ${count}` : "");

/**
 * Organisations 1…count of the region: kinds at realistic shares, numbered the way a
 * municipality numbers them (each kind its own sequence), in the town or a village. Profile i
 * depends only on the seed and the ones before it, so a larger region extends a smaller one.
 */
export function organisationProfiles(seed: number, count: number, authority: RegionAuthority): OrganisationProfile[] {
  const { region, municipality } = authority;
  const ministry = `Министерство образования ${regionGenitive(region)}`;
  const random = seededRandom(seed);
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const value = (counters.get(key) ?? 0) + 1;
    counters.set(key, value);
    return value;
  };
  const profiles: OrganisationProfile[] = [];
  for (let index = 1; index <= count; index++) {
    const kind = kindOf(random);
    const inTown = kind !== "SCHOOL" || random.chance(0.35);
    const locality = inTown && kind !== "BOARDING_SCHOOL" ? TOWN : random.pick(VILLAGES);
    const slug = regionSlug(index);
    let fullName: string;
    let shortName: string;
    if (kind === "SCHOOL" && locality === TOWN) {
      const n = next("town-school") + 3; // № 1–3 are the town's gymnasiums and lyceums of old
      fullName = `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${n}» ${TOWN}`;
      shortName = `МБОУ СОШ № ${n} ${TOWN}`;
    } else if (kind === "SCHOOL") {
      const basic = random.chance(0.3);
      const n = numbered(next(`village-school:${locality}`));
      fullName = `Муниципальное казённое общеобразовательное учреждение «${basic ? "Основная" : "Средняя"} общеобразовательная школа${n}» ${locality}`;
      shortName = `МКОУ ${basic ? "ООШ" : "СОШ"}${n} ${locality}`;
    } else if (kind === "GYMNASIUM" || kind === "LYCEUM") {
      const word = kind === "GYMNASIUM" ? "Гимназия" : "Лицей";
      const n = next(word);
      fullName = `Муниципальное автономное общеобразовательное учреждение «${word} № ${n}» ${TOWN}`;
      shortName = `МАОУ «${word} № ${n}»`;
    } else if (kind === "BOARDING_SCHOOL") {
      const n = next("boarding");
      fullName = `Государственное казённое общеобразовательное учреждение ${regionGenitive(region)} «Школа-интернат № ${n}»`;
      shortName = `ГКОУ «Школа-интернат № ${n}»`;
    } else if (kind === "COLLEGE") {
      const profile = random.pick(COLLEGE_PROFILES);
      const name = `Берёзовский ${profile}${numbered(next(profile))}`;
      fullName = `Государственное бюджетное профессиональное образовательное учреждение «${name}»`;
      shortName = `ГБПОУ «${name}»`;
    } else {
      const what = random.pick(ADDITIONAL_KINDS);
      const name = `${what}${numbered(next(what))}`;
      fullName = `Муниципальное бюджетное учреждение дополнительного образования «${name}» ${TOWN}`;
      shortName = `МБУ ДО «${name}»`;
    }
    const postcode = 446100 + random.int(0, 99);
    profiles.push({
      slug,
      fullName,
      shortName,
      kind,
      locality,
      address: `${postcode}, ${region}, ${municipality}, ${locality}, ул. ${random.pick(STREETS)}, д. ${random.int(1, 60)}`,
      website: random.chance(0.7) ? `https://${slug}.example.ru` : null,
      // The regional ministry founds the boarding schools and the colleges, the authority the rest.
      founderName: kind === "BOARDING_SCHOOL" || kind === "COLLEGE" ? ministry : authority.name,
    });
  }
  return profiles;
}
