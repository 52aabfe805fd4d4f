// Prisma's schema engine from @prisma/schema-engine-wasm, the only build that
// runs here (the CLI wants a native engine it cannot download). Node 20 cannot
// import .wasm, so the module is instantiated by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

let ready: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const imports = { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return ready;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * The SQL script that turns the database of `from` (nothing when undefined)
 * into the database of `to`; "" when they are the same. The engine insists on
 * a live connection even though comparing two datamodels never queries it.
 */
export async function diffSchemas(
  from: SchemaFile | undefined,
  to: SchemaFile,
  databaseUrl: string,
): Promise<string> {
  await loadWasm();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on("error", () => undefined);
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: [[to.path, to.content]] },
      () => undefined,
      adapter,
    );
    try {
      const result = await engine.diff({
        from: from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [to] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      // With exitCode requested the engine answers 2 when there is a difference.
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
