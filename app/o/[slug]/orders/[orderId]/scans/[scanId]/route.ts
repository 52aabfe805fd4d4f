import { downloadOrderScanVersion } from "@/lib/orders/documents/scan-history";

export const GET = downloadOrderScanVersion;
