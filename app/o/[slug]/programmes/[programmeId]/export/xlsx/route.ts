import { exportRoadmapXlsx } from "@/lib/roadmap/export";

export const GET = exportRoadmapXlsx;
