import "dotenv/config";
import { defineConfig } from "prisma/config";

// Prisma's CLI is used here only for `prisma generate`; migrations run through
// prisma/tools (see README), which write the same folder and history table.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/tandem" },
});
