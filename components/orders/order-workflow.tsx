"use client";

import { agreeOrderAction, deleteOrderAction, returnOrderAction, signOrderAction, submitOrderAction } from "@/lib/orders/actions";
import { ActionButton } from "@/components/forms/action-button";
import { inputClass } from "@/components/ui/field";

type Step = {
  slug: string;
  orderId: string;
};

export function SubmitForReview({ slug, orderId, staff }: Step & { staff: { id: string; name: string }[] }) {
  return (
    <ActionButton action={submitOrderAction} fields={{ organisation: slug, orderId }} label="Направить на согласование" variant="primary">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Лист согласования (необязательно)</legend>
        <div className="grid max-h-60 gap-1 overflow-y-auto sm:grid-cols-2">
          {staff.map((person) => (
            <label key={person.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="approverMembershipIds" value={person.id} className="size-5 accent-brand-700" />
              {person.name}
            </label>
          ))}
        </div>
      </fieldset>
    </ActionButton>
  );
}

export function DeleteDraft({ slug, orderId }: Step) {
  return <ActionButton action={deleteOrderAction} fields={{ organisation: slug, orderId }} label="Удалить проект" variant="danger" />;
}

export function AgreeOrder({ slug, orderId }: Step) {
  return <ActionButton action={agreeOrderAction} fields={{ organisation: slug, orderId }} label="Согласовать" variant="primary" />;
}

export function ReturnToDraft({ slug, orderId }: Step) {
  return <ActionButton action={returnOrderAction} fields={{ organisation: slug, orderId }} label="Вернуть на доработку" />;
}

export function SignOrder({ slug, orderId, today }: Step & { today: string }) {
  return (
    <ActionButton action={signOrderAction} fields={{ organisation: slug, orderId }} label="Подписать приказ" variant="primary" pendingText="Подписание…">
      <div className="space-y-1">
        <label htmlFor="signed-on" className="block text-sm font-medium">Дата приказа</label>
        <input id="signed-on" type="date" name="signedOn" defaultValue={today} className={inputClass} />
      </div>
      <p className="text-sm text-muted">После подписания приказ получает номер в журнале и больше не изменяется.</p>
    </ActionButton>
  );
}
