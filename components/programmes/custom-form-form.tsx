"use client";

import { addCustomFormAction } from "@/lib/programmes/actions";
import { ActionButton } from "@/components/forms/action-button";
import { inputClass } from "@/components/ui/field";

export function CustomFormForm({ slug }: { slug: string }) {
  return (
    <ActionButton action={addCustomFormAction} fields={{ organisation: slug }} label="Добавить в каталог">
      <label htmlFor="custom-form-title" className="block text-sm font-medium">Форма наставничества</label>
      <input id="custom-form-title" name="title" className={inputClass} placeholder="например, «педагог – родитель» или «ученик – ученик»" />
      <label htmlFor="custom-form-models" className="block text-sm font-medium">Ролевые модели — каждая с новой строки</label>
      <textarea id="custom-form-models" name="roleModels" rows={3} className={inputClass} />
    </ActionButton>
  );
}
