// Running a module as a command (`tsx file.ts`) while it stays importable.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * Runs main when moduleUrl is the script node was started with, then exits
 * with its code (default 0), or 1 after printing a thrown error. The exit is
 * explicit so that no leftover handle keeps the process alive.
 */
export function runIfEntryPoint(moduleUrl: string, main: () => Promise<number | void>): void {
  const script = process.argv[1];
  if (!script || moduleUrl !== pathToFileURL(realpathSync(script)).href) return;
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
