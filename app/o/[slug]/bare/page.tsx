import { notFound } from "next/navigation";
import { benchServed } from "@/lib/bench/switch";
import { requireTenant } from "@/lib/tenancy/page";

/** The organisation's layout and session check with no data of its own: what every page costs. */
export default async function BarePage({ params }: { params: Promise<{ slug: string }> }) {
  if (!benchServed()) notFound();
  const ctx = await requireTenant((await params).slug);
  return <h1 className="text-xl font-semibold">{ctx.organisation.shortName}</h1>;
}
