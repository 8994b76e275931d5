import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";
import { NavLinks } from "@/components/shell/nav-links";
import { SearchBox } from "@/components/search/search-box";
import { ThemeToggle } from "@/components/shell/theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-2 gap-y-1 px-3 py-3 sm:flex-nowrap sm:px-6">
        <Link href="/" {...PREFETCH_ON_INTENT} className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-6 w-6">
            <rect x="3" y="7" width="22" height="18" rx="3" fill="#1d4ed8" />
            <rect x="7" y="4" width="22" height="18" rx="3" fill="#fff" stroke="#1d4ed8" strokeWidth="2" />
          </svg>
          PrepDeck
        </Link>
        <div className="order-last w-full sm:order-none sm:ml-auto sm:w-auto">
          <SearchBox />
        </div>
        <div className="flex items-center">
          <nav aria-label="Main">
            <NavLinks />
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
