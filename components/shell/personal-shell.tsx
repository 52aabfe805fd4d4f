import type { CurrentUser } from "@/lib/auth/current-user";
import { fullName } from "@/lib/i18n/format";
import { AppShell } from "@/components/shell/app-shell";

/** The frame of pages that belong to the person, not to an organisation. */
export function PersonalShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  return (
    <AppShell
      placeName={fullName(user)}
      placeKind="Личный кабинет"
      userName={`${user.firstName} ${user.lastName}`}
      roleLabel="Личный кабинет"
      navigation={[
        { href: "/organisations", label: "Мои организации" },
        { href: "/profile", label: "Профиль и пароль" },
      ]}
    >
      {children}
    </AppShell>
  );
}
