import Link from "next/link";
import type { NavItem } from "@/lib/access/navigation";
import { NavLinks } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";

/** Header, role navigation and content; the same frame for organisations, authorities and the platform. */
export function AppShell({
  placeName,
  placeKind,
  userName,
  roleLabel,
  navigation,
  children,
}: {
  placeName: string;
  placeKind: string;
  userName: string;
  roleLabel: string;
  navigation: NavItem[];
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <div className="flex min-w-0 items-center gap-3">
            <Link href="/" className="text-lg font-bold text-brand-700 no-underline">
              Тандем
            </Link>
            <div className="min-w-0">
              <p className="truncate text-sm font-semibold" data-testid="place-name">
                {placeName}
              </p>
              <p className="truncate text-xs text-muted">{placeKind}</p>
            </div>
          </div>
          <div className="flex items-center gap-1">
            <Link href="/organisations" className="min-h-11 rounded-md px-3 py-2 text-sm text-ink no-underline hover:bg-slate-100">
              Сменить
            </Link>
            <Link href="/profile" className="min-h-11 rounded-md px-3 py-2 text-sm text-ink no-underline hover:bg-slate-100" title={roleLabel}>
              <span className="sr-only">Профиль: </span>
              {userName}
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-4 lg:flex lg:gap-6">
        <nav aria-label="Основное меню" className="mb-4 lg:mb-0 lg:w-60 lg:shrink-0" data-testid="main-nav">
          <p className="mb-2 hidden text-xs uppercase tracking-wide text-muted lg:block">{roleLabel}</p>
          <NavLinks items={navigation} />
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
