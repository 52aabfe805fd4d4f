"use server";

import { userFormAction } from "@/lib/actions/server";
import { changePasswordSchema, updateProfileSchema } from "@/lib/profile/schemas";
import { changePassword, updateProfile } from "@/lib/profile/service";

export const updateProfileAction = userFormAction(
  {
    name: "profile.update",
    input: updateProfileSchema,
    run: ({ user, input, tx, ipAddress }) => updateProfile(tx, user, input, ipAddress),
    success: "Профиль сохранён.",
  },
  { revalidate: "/" },
);

export const changePasswordAction = userFormAction({
  name: "profile.changePassword",
  input: changePasswordSchema,
  run: ({ user, input, tx, ipAddress }) => changePassword(tx, user, input, ipAddress),
  success: "Пароль изменён. Все сеансы завершены: войдите с новым паролем.",
});
