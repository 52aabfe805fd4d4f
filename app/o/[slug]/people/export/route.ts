import { exportPeople } from "@/lib/people/export";

export const GET = exportPeople;
