"use client";

import { addCommentAction, addEvidenceAction, removeEvidenceAction } from "@/lib/roadmap/actions";
import { ActionButton } from "@/components/forms/action-button";
import { inputClass } from "@/components/ui/field";
import { COMMENT_MAX_LENGTH } from "@/lib/roadmap/limits";

export function AddOrderEvidence({ slug, activityId, orders }: { slug: string; activityId: string; orders: { id: string; label: string }[] }) {
  return (
    <ActionButton action={addEvidenceAction} fields={{ organisation: slug, activityId }} label="Прикрепить приказ" resetOnSuccess>
      <label htmlFor="evidence-order" className="block text-sm font-medium">Приказ из журнала</label>
      <select id="evidence-order" name="orderId" className={inputClass} defaultValue="">
        <option value="">— выберите приказ —</option>
        {orders.map((order) => (
          <option key={order.id} value={order.id}>
            {order.label}
          </option>
        ))}
      </select>
    </ActionButton>
  );
}

export function AddLinkEvidence({ slug, activityId }: { slug: string; activityId: string }) {
  return (
    <ActionButton action={addEvidenceAction} fields={{ organisation: slug, activityId }} label="Добавить ссылку" resetOnSuccess>
      <label htmlFor="evidence-title" className="block text-sm font-medium">Документ</label>
      <input id="evidence-title" name="title" className={inputClass} placeholder="Протокол педсовета № 1" />
      <label htmlFor="evidence-url" className="block text-sm font-medium">Ссылка</label>
      <input id="evidence-url" name="url" type="url" className={inputClass} placeholder="https://school.ru/docs/protocol-1.pdf" />
    </ActionButton>
  );
}

export function RemoveEvidence({ slug, evidenceId }: { slug: string; evidenceId: string }) {
  return <ActionButton action={removeEvidenceAction} fields={{ organisation: slug, evidenceId }} label="Убрать" variant="danger" />;
}

export function AddComment({ slug, activityId }: { slug: string; activityId: string }) {
  return (
    <ActionButton action={addCommentAction} fields={{ organisation: slug, activityId }} label="Добавить комментарий" resetOnSuccess>
      <label htmlFor="comment-text" className="block text-sm font-medium">Комментарий</label>
      <textarea id="comment-text" name="text" rows={3} maxLength={COMMENT_MAX_LENGTH} aria-describedby="comment-text-limit" className={inputClass} />
      <p id="comment-text-limit" className="text-sm text-muted">До {COMMENT_MAX_LENGTH} символов.</p>
    </ActionButton>
  );
}
