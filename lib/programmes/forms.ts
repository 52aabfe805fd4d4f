/** The standard forms of mentoring and their role models (Р-145; система наставничества педагогов, 2022). */
export const STANDARD_FORMS: readonly { title: string; roleModels: readonly string[] }[] = [
  {
    title: "ученик – ученик",
    roleModels: ["успевающий – неуспевающий", "лидер – пассивный", "равный – равному", "адаптированный – неадаптированный"],
  },
  {
    title: "учитель – учитель",
    roleModels: [
      "опытный педагог – молодой специалист",
      "опытный классный руководитель – молодой специалист",
      "лидер педагогического сообщества – педагог, испытывающий проблемы",
      "педагог-новатор – консервативный педагог",
    ],
  },
  {
    title: "студент – ученик",
    roleModels: ["успевающий – неуспевающий", "лидер – пассивный", "равный – другому", "куратор – автор проекта"],
  },
  {
    title: "работодатель – ученик",
    roleModels: ["активный профессионал – равнодушный потребитель", "коллега – молодой коллега", "работодатель – будущий сотрудник"],
  },
  {
    title: "работодатель – студент",
    roleModels: ["активный профессионал – равнодушный потребитель", "коллега – молодой коллега", "работодатель – будущий сотрудник", "партнёр – партнёр"],
  },
];

export type FormCatalogueEntry = { title: string; roleModels: string[]; custom: boolean };

/** The standard catalogue merged with the organisation's own forms (an own form with a standard title extends it). */
export function formCatalogue(custom: readonly { title: string; roleModels: string[] }[]): FormCatalogueEntry[] {
  const standard = STANDARD_FORMS.map((form) => {
    const extension = custom.find((c) => c.title === form.title);
    return { title: form.title, roleModels: [...new Set([...form.roleModels, ...(extension?.roleModels ?? [])])], custom: false };
  });
  const own = custom
    .filter((c) => !STANDARD_FORMS.some((form) => form.title === c.title))
    .map((c) => ({ title: c.title, roleModels: [...c.roleModels], custom: true }));
  return [...standard, ...own];
}
