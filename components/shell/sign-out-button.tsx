"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="min-h-11 rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-slate-100"
    >
      Выйти
    </button>
  );
}
