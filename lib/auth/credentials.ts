import { z } from "zod";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Введите адрес электронной почты"),
  password: z.string().min(1, "Введите пароль").max(200, "Слишком длинный пароль"),
});
