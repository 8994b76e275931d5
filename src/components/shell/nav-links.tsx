"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

const NAV = [
  { href: "/", label: "Topics" },
  { href: "/weak", label: "Weak" },
  { href: "/stats", label: "Stats" },
  // "Add" on a phone's narrow header; the link's name stays "Add a deck", which contains it.
  { href: "/add", label: "Add a deck", short: "Add" },
  { href: "/settings", label: "Settings" },
] as const;

/**
 * The main navigation, marking the current page for sighted and screen-reader users alike. Its
 * pages are prefetched on hover or focus, not on every page load.
 */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex text-sm sm:gap-1">
      {NAV.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              {...PREFETCH_ON_INTENT}
              aria-current={current ? "page" : undefined}
              aria-label={"short" in item ? item.label : undefined}
              className="inline-flex whitespace-nowrap min-h-11 items-center rounded px-2 py-2 text-slate-700 hover:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-slate-950 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:text-white"
            >
              {"short" in item ? (
                <>
                  <span className="sm:hidden">{item.short}</span>
                  <span className="hidden sm:inline">{item.label}</span>
                </>
              ) : (
                item.label
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
