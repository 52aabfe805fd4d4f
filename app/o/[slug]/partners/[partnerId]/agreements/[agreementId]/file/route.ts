import { downloadAgreementFile, uploadAgreementFile } from "@/lib/partners/files";

export const GET = downloadAgreementFile;
export const POST = uploadAgreementFile;
