"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** The one-time link, shown once to the inviter to copy (until e-mail delivery exists). */
export function InvitationLink({ path }: { path: string }) {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const [copied, setCopied] = useState(false);
  const link = `${origin}${path}`;
  return (
    <div className="space-y-2 rounded-md border border-brand-600 bg-brand-50 p-4">
      <label htmlFor="invitation-link" className="block text-sm font-medium">
        Ссылка-приглашение
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="invitation-link" readOnly value={link} data-testid="invitation-link" className="min-h-11 flex-1 rounded border border-slate-400 bg-white px-3 font-mono text-sm" />
        <button
          type="button"
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium"
          onClick={() => void navigator.clipboard.writeText(link).then(() => setCopied(true))}
        >
          {copied ? "Скопировано" : "Копировать"}
        </button>
      </div>
    </div>
  );
}
