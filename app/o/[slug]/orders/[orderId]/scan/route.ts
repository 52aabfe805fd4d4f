import { downloadOrderScan, uploadOrderScan } from "@/lib/orders/documents/scan";

export const GET = downloadOrderScan;
export const POST = uploadOrderScan;
