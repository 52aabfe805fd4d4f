import { exportRoadmapXlsx } from "@/lib/roadmap/export/download";

export const GET = exportRoadmapXlsx;
