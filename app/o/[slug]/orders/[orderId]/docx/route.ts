import { downloadOrderDocx } from "@/lib/orders/download";

export const GET = downloadOrderDocx;
