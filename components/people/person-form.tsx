"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { PersonCategory } from "@/lib/generated/prisma/enums";
import type { PersonCard } from "@/lib/people/queries";
import { savePersonAction } from "@/lib/people/actions";
import { savePersonSchema } from "@/lib/people/schemas";
import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS } from "@/lib/people/labels";
import { describeExperience } from "@/lib/people/experience";
import { formatPhone } from "@/lib/people/phone";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const CATEGORY_OPTIONS = PERSON_CATEGORIES.map((category) => ({ value: category, label: PERSON_CATEGORY_LABELS[category] }));
const STUDYING: readonly PersonCategory[] = ["PUPIL", "STUDENT"];

export type PersonFormValues = Pick<
  PersonCard,
  "id" | "lastName" | "firstName" | "middleName" | "birthDate" | "category" | "className" | "position" | "workplace" | "experienceMonths" | "phone" | "email" | "partnerId"
>;

function defaultsOf(person: PersonFormValues | undefined, category: PersonCategory) {
  return {
    lastName: person?.lastName ?? "",
    firstName: person?.firstName ?? "",
    middleName: person?.middleName ?? "",
    birthDate: person?.birthDate ?? "",
    category: person?.category ?? category,
    className: person?.className ?? "",
    position: person?.position ?? "",
    workplace: person?.workplace ?? "",
    partnerId: person?.partnerId ?? "",
    experience: person?.experienceMonths != null ? describeExperience(person.experienceMonths) : "",
    phone: person?.phone ? formatPhone(person.phone) : "",
    email: person?.email ?? "",
  };
}

/**
 * A new person, or the card's edit form. The fields shown follow the category: a class for
 * pupils, a group for students, position, place of work and experience for staff.
 */
export function PersonForm({
  slug,
  person,
  category = "PUPIL",
  partners,
}: {
  slug: string;
  person?: PersonFormValues;
  category?: PersonCategory;
  /** The organisation's social partners, for a representative. */
  partners: { value: string; label: string }[];
}) {
  const router = useRouter();
  const { form, state, pending, onSubmit, errorOf } = useActionForm(savePersonSchema, savePersonAction, {
    defaultValues: { personId: person?.id ?? "", ...defaultsOf(person, category) },
  });
  useEffect(() => {
    if (state.status === "success" && state.data?.personId) router.push(`/o/${slug}/people/${state.data.personId}`);
  }, [state, router, slug]);
  const chosen = form.watch("category");
  const studies = STUDYING.includes(chosen as PersonCategory);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="organisation" value={slug} />
      <input type="hidden" {...form.register("personId")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Фамилия" required registration={form.register("lastName")} error={errorOf("lastName")} />
        <Field label="Имя" required registration={form.register("firstName")} error={errorOf("firstName")} />
        <Field label="Отчество" registration={form.register("middleName")} error={errorOf("middleName")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Категория" required options={CATEGORY_OPTIONS} registration={form.register("category")} error={errorOf("category")} />
        <Field label="Дата рождения" type="date" registration={form.register("birthDate")} error={errorOf("birthDate")} />
        {studies ? (
          <Field
            label={chosen === "STUDENT" ? "Группа" : "Класс"}
            placeholder={chosen === "STUDENT" ? "ТМ-21" : "7А"}
            registration={form.register("className")}
            error={errorOf("className")}
          />
        ) : null}
      </div>
      {studies ? null : (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Должность" registration={form.register("position")} error={errorOf("position")} />
          <Field label="Место работы" hint="Для наставников со стороны: организация-партнёр." registration={form.register("workplace")} error={errorOf("workplace")} />
          {chosen === "EMPLOYER_REPRESENTATIVE" && partners.length > 0 ? (
            <SelectField label="Организация-партнёр" options={partners} emptyLabel="— не из партнёров —" registration={form.register("partnerId")} error={errorOf("partnerId")} />
          ) : null}
          {chosen === "TEACHER" ? (
            <Field label="Педагогический стаж" placeholder="12 лет" hint="«3 г. 6 мес.», «молодой специалист»" registration={form.register("experience")} error={errorOf("experience")} />
          ) : null}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Телефон" type="tel" inputMode="tel" placeholder="+7 912 345-67-89" registration={form.register("phone")} error={errorOf("phone")} />
        <Field label="E-mail" type="email" registration={form.register("email")} error={errorOf("email")} />
      </div>
      <SubmitButton pending={pending}>{person ? "Сохранить" : "Добавить"}</SubmitButton>
    </form>
  );
}
