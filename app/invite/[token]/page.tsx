import type { Metadata } from "next";
import Link from "next/link";
import { viewInvitation } from "@/lib/invitations/accept";
import { roleList } from "@/lib/access/roles";
import { fullName } from "@/lib/i18n/format";
import { ExistingAccountForm, NewAccountForm } from "@/components/invitations/accept-form";

export const metadata: Metadata = { title: "Приглашение", referrer: "no-referrer", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await viewInvitation(token);
  const usable = invitation?.status === "pending";
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <p className="mb-4 text-2xl font-bold text-brand-700">Тандем</p>
      {!invitation || !usable ? (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
          <h1 className="text-xl font-semibold">Ссылка не действует</h1>
          <p className="text-muted">
            Приглашение не найдено, уже принято, отозвано или устарело. Попросите того, кто вас пригласил, создать новую ссылку.
          </p>
          <Link href="/login">Перейти ко входу</Link>
        </div>
      ) : (
        <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
          <div className="space-y-1">
            <h1 className="text-xl font-semibold">Приглашение в «{invitation.placeName}»</h1>
            <p className="text-muted">
              {fullName(invitation)}, {invitation.email}
              {invitation.roles.length > 0 ? ` — ${roleList(invitation.roles)}` : " — специалист органа управления образованием"}
            </p>
          </div>
          {invitation.hasAccount ? (
            <>
              <p>У вас уже есть учётная запись в Тандеме. Введите её пароль, чтобы принять приглашение.</p>
              <ExistingAccountForm token={token} />
            </>
          ) : (
            <>
              <p>Проверьте свои данные и придумайте пароль для входа.</p>
              <NewAccountForm token={token} person={invitation} />
            </>
          )}
        </div>
      )}
    </main>
  );
}
