import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireTenantPermission } from "@/lib/tenancy/page";
import { can } from "@/lib/access/permissions";
import { roleList } from "@/lib/access/roles";
import { getPerson } from "@/lib/people/queries";
import { partnerOptions } from "@/lib/partners/queries";
import { PERSON_CATEGORY_LABELS, SUPPORT_NEED_LABELS } from "@/lib/people/labels";
import { ageOn, isMinor } from "@/lib/people/age";
import { describeExperience } from "@/lib/people/experience";
import { formatPhone } from "@/lib/people/phone";
import { markPersonLeftAction, removeGuardianAction, returnPersonAction } from "@/lib/people/actions";
import { countRu, fullName, todayIn } from "@/lib/i18n/format";
import { formatCalendarDate } from "@/lib/dates/calendar-date";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { ActionButton } from "@/components/forms/action-button";
import { PersonForm } from "@/components/people/person-form";
import { GuardianForm } from "@/components/people/guardian-form";
import { SupportForm } from "@/components/people/support-form";
import type { PersonRelative } from "@/lib/people/queries";

export const metadata: Metadata = { title: "Карточка человека" };

const YEARS = ["год", "года", "лет"] as const;

function Relatives({ slug, people, empty }: { slug: string; people: PersonRelative[]; empty: string }) {
  if (people.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="space-y-2">
      {people.map((relative) => (
        <li key={relative.id} className="flex flex-wrap items-baseline gap-x-3">
          <Link href={`/o/${slug}/people/${relative.id}`} className="underline">{fullName(relative)}</Link>
          <span className="text-sm text-muted">
            {[relative.relation, relative.className, relative.phone ? formatPhone(relative.phone) : null].filter(Boolean).join(", ")}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function PersonPage({ params }: { params: Promise<{ slug: string; personId: string }> }) {
  const { slug, personId } = await params;
  const ctx = await requireTenantPermission(slug, "people.view");
  if (!z.uuid().safeParse(personId).success) notFound();
  const person = await getPerson(ctx, personId);
  if (!person) notFound();
  const manages = can(ctx.membership.roles, "people.manage");
  const partners = manages ? await partnerOptions(ctx) : [];
  const today = todayIn(ctx.organisation.timeZone);
  const studies = person.category === "PUPIL" || person.category === "STUDENT";
  const facts: [string, string][] = [
    ["Категория", PERSON_CATEGORY_LABELS[person.category]],
    ["Дата рождения", person.birthDate ? `${formatCalendarDate(person.birthDate)} (${countRu(ageOn(person.birthDate, today), YEARS)}${isMinor(person.birthDate, today) ? ", несовершеннолетний" : ""})` : "не указана"],
    ...(studies ? [[person.category === "STUDENT" ? "Группа" : "Класс", person.className ?? "не указан"] as [string, string]] : []),
    ...(person.position ? [["Должность", person.position] as [string, string]] : []),
    ...(person.workplace ? [["Место работы", person.workplace] as [string, string]] : []),
    ...(person.partner ? [["Социальный партнёр", person.partner.name] as [string, string]] : []),
    ...(person.experienceMonths !== null ? [["Педагогический стаж", describeExperience(person.experienceMonths)] as [string, string]] : []),
    ["Телефон", person.phone ? formatPhone(person.phone) : "—"],
    ["E-mail", person.email ?? "—"],
    ["Учётная запись", person.account ? `есть: ${roleList(person.account.roles)}` : "нет (входить в систему не обязательно)"],
  ];
  return (
    <>
      <PageHeader
        title={fullName(person)}
        description={person.leftOn ? `Выбыл ${formatCalendarDate(person.leftOn)}: записи о нём сохранены.` : undefined}
        actions={
          manages ? (
            person.leftOn ? (
              <ActionButton action={returnPersonAction} fields={{ organisation: slug, personId: person.id }} label="Вернуть в списки" />
            ) : (
              <ActionButton action={markPersonLeftAction} fields={{ organisation: slug, personId: person.id, leftOn: today }} label="Отметить: выбыл" />
            )
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Сведения">
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="person-facts">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm text-muted">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {person.account && can(ctx.membership.roles, "members.view") ? (
            <p className="mt-4 text-sm">
              <Link href={`/o/${slug}/members/${person.account.membershipId}`} className="underline">Роли и доступ участника</Link>
            </p>
          ) : null}
        </Card>
        {person.support ? (
          <Card title="Особые образовательные потребности">
            <p className="mb-3 text-sm text-muted">Видят только руководитель, куратор, педагог-психолог и классный руководитель.</p>
            {person.support.needs.length > 0 ? (
              <p className="mb-4 flex flex-wrap gap-2" data-testid="person-needs">
                {person.support.needs.map((need) => <Badge key={need} tone="warn">{SUPPORT_NEED_LABELS[need]}</Badge>)}
              </p>
            ) : null}
            <SupportForm slug={slug} personId={person.id} support={person.support} />
          </Card>
        ) : null}
        {studies || person.guardians.length > 0 ? (
          <Card title="Родители (законные представители)">
            <div className="space-y-4">
              <Relatives slug={slug} people={person.guardians} empty="Родители не указаны." />
              {manages && person.guardians.length > 0 ? (
                <div className="flex flex-wrap gap-2">
                  {person.guardians.map((guardian) => (
                    <ActionButton key={guardian.id} action={removeGuardianAction} fields={{ organisation: slug, childId: person.id, guardianId: guardian.id }} label={`Убрать: ${guardian.lastName}`} />
                  ))}
                </div>
              ) : null}
              {manages && studies ? <GuardianForm slug={slug} childId={person.id} /> : null}
            </div>
          </Card>
        ) : null}
        {person.children.length > 0 ? (
          <Card title="Дети">
            <Relatives slug={slug} people={person.children} empty="" />
          </Card>
        ) : null}
        {manages ? (
          <Card title="Изменить сведения" className="lg:col-span-2">
            <PersonForm slug={slug} person={person} partners={partners} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
