import { uploadEvidenceFile } from "@/lib/roadmap/evidence-files";

export const POST = uploadEvidenceFile;
