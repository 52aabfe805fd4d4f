"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/access/navigation";

/**
 * The role's menu: a column beside the page on a wide screen; on a phone one «Меню» button
 * naming the current section, opening every section as a list (closed again by going anywhere).
 */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const active = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex min-h-11 w-full items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-left text-sm font-medium lg:hidden"
      >
        <span className="min-w-0 truncate">
          Меню{active ? <span className="font-normal text-muted"> · {active.label}</span> : null}
        </span>
        <span aria-hidden="true">{open ? "▲" : "▼"}</span>
      </button>
      <ul id="main-menu" className={`mt-1 flex-col gap-1 lg:mt-0 lg:flex ${open ? "flex" : "hidden"}`}>
        {items.map((item) => {
          const current = item.href === active?.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block min-h-11 rounded-md px-3 py-2 text-sm font-medium no-underline hover:no-underline lg:min-h-0 ${
                  current ? "bg-brand-700 text-white" : "text-ink hover:bg-brand-50"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
