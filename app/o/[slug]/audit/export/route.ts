import { exportAuditJournal } from "@/lib/audit/export";

export const GET = exportAuditJournal;
