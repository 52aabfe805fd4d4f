import type { OrderDetails } from "@/lib/orders/queries";
import { formatDate } from "@/lib/i18n/format";

/** The order as it will print: a preview of the .docx. */
export function OrderPaper({ order, organisation }: { order: OrderDetails; organisation: { fullName: string; founderName: string | null; locality: string } }) {
  return (
    <article className="mx-auto max-w-3xl space-y-3 rounded border border-slate-300 bg-white p-6 font-serif text-[15px] leading-relaxed shadow-sm sm:p-10" aria-label="Текст приказа">
      {organisation.founderName && <p className="text-center">{organisation.founderName}</p>}
      <p className="text-center font-bold">{organisation.fullName}</p>
      <p className="pt-4 text-center text-lg font-bold tracking-widest">ПРИКАЗ</p>
      <p className="flex justify-between">
        <span>{order.signedOn ? formatDate(order.signedOn, "UTC") : "«___» ________ 20__ г."}</span>
        <span>№ {order.number ?? "____"}</span>
      </p>
      <p className="text-center">{organisation.locality}</p>
      <h2 className="pt-2 font-bold">{order.title}</h2>
      <p className="indent-8">{order.preamble}</p>
      <p className="font-bold">ПРИКАЗЫВАЮ:</p>
      <ol className="list-decimal space-y-1 pl-8">
        {order.points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ol>
    </article>
  );
}
