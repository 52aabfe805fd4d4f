import { downloadEvidenceFile } from "@/lib/roadmap/evidence-files";

export const GET = downloadEvidenceFile;
