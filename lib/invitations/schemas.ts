import { z } from "zod";
import { ORGANISATION_ROLES } from "@/lib/access/roles";
import { emailField, optionalText, phoneField, requiredText } from "@/lib/actions/form-data";

export const personNameFields = {
  lastName: requiredText("Фамилия", 100),
  firstName: requiredText("Имя", 100),
  middleName: optionalText("Отчество", 100),
};

export const inviteMemberSchema = z
  .object({
    email: emailField,
    ...personNameFields,
    roles: z.array(z.enum(ORGANISATION_ROLES)).min(1, "Выберите хотя бы одну роль"),
  })
  .strict();

export const revokeInvitationSchema = z.object({ invitationId: z.uuid("Запись не найдена") }).strict();

export const passwordField = z
  .string({ error: "Придумайте пароль" })
  .min(10, "Пароль — не короче 10 символов")
  .max(200, "Пароль — не длиннее 200 символов");

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20).max(200),
    ...personNameFields,
    phone: phoneField,
    password: passwordField,
    passwordRepeat: z.string(),
  })
  .strict()
  .refine((value) => value.password === value.passwordRepeat, {
    message: "Пароли не совпадают",
    path: ["passwordRepeat"],
  });

export const acceptAsExistingUserSchema = z
  .object({ token: z.string().min(20).max(200), password: z.string().min(1, "Введите пароль").max(200) })
  .strict();

export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
