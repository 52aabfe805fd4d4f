"use client";

import { completeProgrammeAction } from "@/lib/programmes/actions";
import { ActionButton } from "@/components/forms/action-button";

export function CompleteProgrammeButton({ slug, programmeId }: { slug: string; programmeId: string }) {
  return (
    <ActionButton action={completeProgrammeAction} fields={{ organisation: slug, programmeId }} label="Завершить программу">
      <p className="text-sm text-muted">Завершённая программа и её дорожная карта больше не изменяются.</p>
    </ActionButton>
  );
}
