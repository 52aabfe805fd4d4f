import { downloadOrderDocx } from "@/lib/orders/documents/download";

export const GET = downloadOrderDocx;
