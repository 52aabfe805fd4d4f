import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { placesOf } from "@/lib/tenancy/places";

export default async function HomePage() {
  const places = await placesOf(await requireUser());
  redirect(places.length === 1 && places[0] ? places[0].href : "/organisations");
}
