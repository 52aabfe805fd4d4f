import { downloadOrderScanVersion } from "@/lib/orders/scan-history";

export const GET = downloadOrderScanVersion;
