import { z } from "zod";
import { phoneField } from "@/lib/actions/form-data";
import { personNameFields, passwordField } from "@/lib/invitations/schemas";

export const updateProfileSchema = z.object({ ...personNameFields, phone: phoneField }).strict();

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Введите текущий пароль" }).min(1, "Введите текущий пароль").max(200),
    newPassword: passwordField,
    newPasswordRepeat: z.string({ error: "Повторите новый пароль" }),
  })
  .strict()
  .refine((value) => value.newPassword === value.newPasswordRepeat, { message: "Пароли не совпадают", path: ["newPasswordRepeat"] })
  .refine((value) => value.newPassword !== value.currentPassword, { message: "Новый пароль совпадает с текущим", path: ["newPassword"] });
