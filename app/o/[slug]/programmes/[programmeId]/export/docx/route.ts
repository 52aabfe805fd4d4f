import { exportRoadmapDocx } from "@/lib/roadmap/export/download";

export const GET = exportRoadmapDocx;
