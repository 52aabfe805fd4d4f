import { downloadOrderScan, uploadOrderScan } from "@/lib/orders/scan";

export const GET = downloadOrderScan;
export const POST = uploadOrderScan;
