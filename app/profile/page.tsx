import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { getProfile } from "@/lib/profile/queries";
import { Card, PageHeader } from "@/components/ui/layout";
import { PersonalShell } from "@/components/shell/personal-shell";
import { ProfileForm } from "@/components/profile/profile-form";
import { PasswordForm } from "@/components/profile/password-form";

export const metadata: Metadata = { title: "Профиль" };

export default async function ProfilePage() {
  const user = await requireUser();
  const profile = await getProfile(user);
  return (
    <PersonalShell user={user}>
      <PageHeader title="Профиль" description={`Учётная запись: ${profile.email}`} />
      <div className="space-y-6">
        <Card title="Личные данные">
          <ProfileForm profile={profile} />
        </Card>
        <Card title="Пароль">
          <PasswordForm />
        </Card>
      </div>
    </PersonalShell>
  );
}
