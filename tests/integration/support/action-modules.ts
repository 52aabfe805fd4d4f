// Finds every module that defines server actions or route handlers, so a test can load
// them all and the registry is complete by construction.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
      return /\.tsx?$/.test(entry.name) ? [relative] : [];
    }),
  );
  return nested.flat();
}

/** Modules whose first statement is "use server". */
export async function serverActionModules(): Promise<string[]> {
  const files = [...(await sourceFiles("lib")), ...(await sourceFiles("app"))];
  const flagged = await Promise.all(
    files.map(async (file) => ((await readFile(path.join(ROOT, file), "utf8")).trimStart().startsWith('"use server"') ? file : null)),
  );
  return flagged.filter((file): file is string => file !== null);
}

export async function routeHandlerModules(): Promise<string[]> {
  return (await sourceFiles("app")).filter((file) => path.basename(file) === "route.ts");
}

export function importModule(file: string): Promise<Record<string, unknown>> {
  return import(path.join(ROOT, file));
}
