/** The stored fields of a person, as the import's report names what it changes. */
export const PEOPLE_FIELD_LABELS = {
  lastName: "фамилия",
  firstName: "имя",
  middleName: "отчество",
  birthDate: "дата рождения",
  category: "категория",
  className: "класс",
  position: "должность",
  workplace: "место работы",
  partnerId: "партнёр",
  experienceMonths: "стаж",
  phone: "телефон",
  email: "e-mail",
} as const;
