import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { withDatabaseName } from "@/lib/db/urls";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/ops/databases";
import { applyMigrations } from "@/prisma/tools/migrate";
import { MIGRATIONS_DIR } from "@/prisma/tools/migrations-dir";

const PEOPLE_MIGRATION = "20261203122948_people";
const serverUrl = inject("databaseServerUrl");
const scratch: { database?: string; dir?: string } = {};

afterAll(async () => {
  if (scratch.database) await dropDatabase(serverUrl, scratch.database);
  if (scratch.dir) await rm(scratch.dir, { recursive: true, force: true });
});

async function run(client: pg.Client, sql: string, params: unknown[] = []) {
  return (await client.query(sql, params)).rows;
}

describe("the member→person migration", () => {
  it("makes every existing member a person (name, class, position, contacts, category from roles) and their guardianships the people's", async () => {
    scratch.dir = await mkdtemp(path.join(os.tmpdir(), "tandem-before-people-"));
    for (const name of await readdir(MIGRATIONS_DIR)) {
      if (name < PEOPLE_MIGRATION) await cp(path.join(MIGRATIONS_DIR, name), path.join(scratch.dir, name), { recursive: true });
    }
    scratch.database = uniqueDatabaseName("t_people");
    await createDatabase(serverUrl, scratch.database);
    const url = withDatabaseName(serverUrl, scratch.database);
    await applyMigrations(url, { migrationsDir: scratch.dir });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await run(client, `insert into organisations (id, slug, full_name, short_name, kind, region, municipality, locality, address, director_name, updated_at)
        values ('00000000-0000-4000-8000-000000000001', 'college', 'Колледж', 'Колледж', 'COLLEGE', 'Р', 'М', 'г. Н', 'А', 'Д', now())`);
      const users = [
        ["10000000-0000-4000-8000-000000000001", "director@x.ru", "Ёжикова", "Анна", "+79120000001"],
        ["10000000-0000-4000-8000-000000000002", "student@x.ru", "Студентов", "Пётр", null],
        ["10000000-0000-4000-8000-000000000003", "mother@x.ru", "Студентова", "Мария", "+79120000003"],
      ];
      for (const [id, email, lastName, firstName, phone] of users) {
        await run(client, "insert into users (id, email, last_name, first_name, phone, updated_at) values ($1, $2, $3, $4, $5, now())", [id, email, lastName, firstName, phone]);
      }
      const members = [
        ["20000000-0000-4000-8000-000000000001", users[0]?.[0], "{DIRECTOR,PARENT}", null, "Директор"],
        ["20000000-0000-4000-8000-000000000002", users[1]?.[0], "{MENTEE}", "ТМ-21", null],
        ["20000000-0000-4000-8000-000000000003", users[2]?.[0], "{PARENT}", null, null],
      ];
      for (const [id, userId, roles, className, position] of members) {
        await run(client, `insert into memberships (id, organisation_id, user_id, roles, class_name, position, updated_at)
          values ($1, '00000000-0000-4000-8000-000000000001', $2, $3, $4, $5, now())`, [id, userId, roles, className, position]);
      }
      await run(client, `insert into guardianships (id, organisation_id, parent_membership_id, child_membership_id)
        values (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000002')`);

      await applyMigrations(url);

      const people = await run(client, `select u.email, p.last_name, p.first_name, p.category::text, p.class_name, p.position, p.phone, p.email as person_email, p.name_key
          from memberships m join users u on u.id = m.user_id join people p on p.id = m.person_id and p.organisation_id = m.organisation_id order by u.email`);
      expect(people).toEqual([
        { email: "director@x.ru", last_name: "Ёжикова", first_name: "Анна", category: "TEACHER", class_name: null, position: "Директор", phone: "+79120000001", person_email: "director@x.ru", name_key: "ежикова анна" },
        { email: "mother@x.ru", last_name: "Студентова", first_name: "Мария", category: "PARENT", class_name: null, position: null, phone: "+79120000003", person_email: "mother@x.ru", name_key: "студентова мария" },
        { email: "student@x.ru", last_name: "Студентов", first_name: "Пётр", category: "STUDENT", class_name: "ТМ-21", position: null, phone: null, person_email: "student@x.ru", name_key: "студентов петр" },
      ]);
      const links = await run(client, `select g.last_name as guardian, c.last_name as child from person_guardians pg
          join people g on g.id = pg.guardian_id join people c on c.id = pg.child_id`);
      expect(links).toEqual([{ guardian: "Студентова", child: "Студентов" }]);
      await expect(run(client, "update memberships set person_id = null")).rejects.toThrow(/null/);
    } finally {
      await client.end();
    }
  });
});
