import { exportRoadmapDocx } from "@/lib/roadmap/export";

export const GET = exportRoadmapDocx;
