import { connection } from "next/server";
import { notFound } from "next/navigation";
import { benchServed } from "@/lib/bench/switch";

/** The framework's own floor: rendered per request, with no session and no database. */
export default async function HelloPage() {
  await connection();
  if (!benchServed()) notFound();
  return <main className="p-6"><h1 className="text-xl font-semibold">Привет</h1></main>;
}
