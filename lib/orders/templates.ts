import type { OrderType } from "@/lib/generated/prisma/enums";
import { academicYearLabel } from "@/lib/programmes/academic-year";

export const CONTROL_POINT = "Контроль за исполнением настоящего приказа оставляю за собой.";

const R145 =
  "В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»";

/**
 * What an order «Об утверждении программы наставничества и дорожной карты» approves, and the
 * number each carries as its appendix: its .docx attaches them under these numbers, and the
 * roadmap's own .docx carries the same «Приложение 2 к приказу от … № …».
 */
export const APPROVAL_APPENDICES = { programme: 1, roadmap: 2 } as const;

export type OrderDraftContext = {
  organisationShortName: string;
  programme?: { title: string; academicYear: number };
  curator?: { name: string; position: string | null };
  /** The organisation's mentors, for an order appointing them: «Фамилия Имя Отчество, должность». */
  mentors?: { name: string; position: string | null }[];
};

const person = (someone: { name: string; position: string | null }) => `${someone.name}${someone.position ? `, ${someone.position.toLowerCase()}` : ""}`;

export type OrderText = { title: string; preamble: string; points: string[] };

const year = (context: OrderDraftContext) => (context.programme ? `${academicYearLabel(context.programme.academicYear)} учебный год` : "текущий учебный год");

/** The text of a new draft, from the type and the system's data; the curator edits it before signing. */
export function draftOrderText(type: OrderType, context: OrderDraftContext): OrderText {
  const organisation = context.organisationShortName;
  switch (type) {
    case "INTRODUCE_MODEL":
      return {
        title: "О внедрении целевой модели наставничества",
        preamble: `${R145}, в целях максимально полного раскрытия потенциала личности наставляемого, необходимого для успешной личной и профессиональной самореализации`,
        points: [
          `Внедрить в ${organisation} целевую модель наставничества.`,
          "Разработать положение о наставничестве, программу наставничества и дорожную карту её реализации и представить их на утверждение в течение месяца.",
          "Разместить информацию о внедрении целевой модели наставничества на официальном сайте организации.",
          CONTROL_POINT,
        ],
      };
    case "APPROVE_PROGRAMME":
      return {
        title: `Об утверждении программы наставничества и дорожной карты на ${year(context)}`,
        preamble: `${R145}, в целях реализации целевой модели наставничества в ${organisation}`,
        points: [
          `Утвердить программу наставничества «${context.programme?.title ?? ""}» на ${year(context)} (приложение ${APPROVAL_APPENDICES.programme}).`,
          `Утвердить дорожную карту (план мероприятий) реализации программы наставничества на ${year(context)} (приложение ${APPROVAL_APPENDICES.roadmap}).`,
          "Куратору программы наставничества обеспечить выполнение мероприятий дорожной карты в установленные сроки.",
          CONTROL_POINT,
        ],
      };
    case "APPOINT_CURATOR":
      return {
        title: "О назначении куратора программы наставничества",
        preamble: `${R145}, в целях организации работы по реализации программы наставничества в ${organisation}`,
        points: [
          `Назначить куратором программы наставничества на ${year(context)}: ${context.curator ? person(context.curator) : "[ФИО]"}.`,
          "Куратору организовать формирование баз наставников и наставляемых, наставнических пар, контроль их работы и мониторинг реализации программы.",
          CONTROL_POINT,
        ],
      };
    case "APPOINT_MENTORS":
      return {
        title: "О назначении наставников",
        preamble: `${R145}, на основании решения комиссии по отбору наставников`,
        points: [
          `Назначить наставниками на ${year(context)}: ${context.mentors?.length ? context.mentors.map(person).join("; ") : "[список наставников]"}.`,
          "Куратору организовать обучение наставников.",
          CONTROL_POINT,
        ],
      };
    case "FIX_PAIRS":
      return {
        title: "О закреплении наставнических пар/групп",
        preamble: `${R145}, по итогам формирования наставнических пар/групп`,
        points: [`Закрепить наставнические пары/группы на ${year(context)}: [наставник — наставляемый (наставляемые)].`, "Наставникам разработать индивидуальные планы развития наставляемых.", CONTROL_POINT],
      };
    case "REPLACE_MENTOR":
      return {
        title: "О замене наставника",
        preamble: "В соответствии с положением о наставничестве, в связи с [основание замены]",
        points: ["Заменить наставника [ФИО наставляемого]: вместо [ФИО прежнего наставника] назначить [ФИО нового наставника].", "Срок работы наставнической пары не изменяется.", CONTROL_POINT],
      };
    case "FINAL_EVENT":
      return {
        title: "О проведении итогового мероприятия программы наставничества",
        preamble: `В целях подведения итогов реализации программы наставничества в ${organisation} на ${year(context)}`,
        points: ["Провести итоговое мероприятие программы наставничества [дата].", "Куратору подготовить итоги мониторинга и предложения о поощрении лучших наставников.", CONTROL_POINT],
      };
    case "REWARD":
      return {
        title: "О поощрении участников программы наставничества",
        preamble: `По итогам реализации программы наставничества в ${organisation} на ${year(context)}`,
        points: ["Объявить благодарность наставникам: [список].", "Наградить грамотами наставляемых: [список].", CONTROL_POINT],
      };
  }
}
