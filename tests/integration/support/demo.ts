// The demo organisations as a fixture: seeded into this test file's own database.
import { seed } from "@/prisma/seed";
import { ownerQuery } from "./db";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/active-user";

export async function seedDemo(): Promise<void> {
  const ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) throw new Error("DATABASE_URL is not set");
  await seed(ownerUrl);
}

export async function userByEmail(email: string): Promise<CurrentUser> {
  const { rows } = await ownerQuery<{ id: string }>("select id from users where email = $1", [email]);
  const id = rows[0]?.id;
  const user = id ? await loadActiveUser(id) : null;
  if (!user) throw new Error(`No active demo user ${email}`);
  return user;
}

export async function organisationIdOf(slug: string): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>("select id from organisations where slug = $1", [slug]);
  if (!rows[0]) throw new Error(`No organisation ${slug}`);
  return rows[0].id;
}

export async function membershipIdOf(email: string, slug: string): Promise<string> {
  const { rows } = await ownerQuery<{ id: string }>(
    `select m.id from memberships m join users u on u.id = m.user_id join organisations o on o.id = m.organisation_id
     where u.email = $1 and o.slug = $2`,
    [email, slug],
  );
  if (!rows[0]) throw new Error(`No membership of ${email} in ${slug}`);
  return rows[0].id;
}
