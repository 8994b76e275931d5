"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useSearchIndex } from "@/hooks/use-search-index";
import type { SearchHit } from "@/lib/search/models";
import { SearchStatusLine } from "@/components/search/search-status";

/** True when a key press belongs to a text field, not to the page. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The header's search: a combobox over every card of every deck. `/` focuses it; arrows move
 * through the results, Enter opens one on its topic page, Esc closes the list (a second Esc
 * leaves the box). The index loads on first focus.
 */
export function SearchBox() {
  const id = useId();
  const listId = `${id}-results`;
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const pathname = usePathname();
  const { status, error, load, search } = useSearchIndex();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (search ? search(query) : []), [search, query]);
  const expanded = open && query.trim() !== "" && hits.length > 0;

  // The page's script starts after the first paint: what was typed into the box before it ran is
  // in the field, not in the state. Take it up once, and the index too if the box has the focus.
  const tookUp = useRef(false);
  useEffect(() => {
    const el = input.current;
    if (!el || tookUp.current) return;
    tookUp.current = true;
    const focused = document.activeElement === el;
    if (focused) void load();
    if (el.value !== "") {
      setQuery(el.value);
      setOpen(focused);
    }
  }, [load]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const go = (hit: SearchHit) => {
    setOpen(false);
    setQuery("");
    const path = hit.url.split("#")[0];
    router.push(hit.url);
    // Same page, new anchor: the router changes history without a hashchange event.
    if (path === pathname) window.setTimeout(() => window.dispatchEvent(new HashChangeEvent("hashchange")), 0);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!hits.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (expanded ? (a + step + hits.length) % hits.length : 0));
    } else if (e.key === "Enter") {
      // Decided from the query and its hits, not from the last render: Enter right after an arrow
      // key (before the list re-renders open) still opens the result, the first when none is active.
      const hit = query.trim() !== "" ? (hits[active] ?? hits[0]) : undefined;
      if (hit) {
        e.preventDefault();
        go(hit);
      }
    } else if (e.key === "Escape") {
      if (expanded) {
        // A search input's own Esc clears the text; the first Esc only closes the list.
        e.preventDefault();
        setOpen(false);
      } else {
        setQuery("");
        input.current?.blur();
      }
    }
  };

  return (
    <div role="search" className="relative w-full sm:w-64">
      <label htmlFor={id} className="sr-only">
        Search questions
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search questions  /"
        value={query}
        onFocus={() => void load()}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching questions"
        hidden={!expanded}
        className="absolute right-0 z-40 mt-1 max-h-[70vh] w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg sm:w-[28rem] dark:border-slate-700 dark:bg-slate-900"
      >
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              go(hit);
            }}
            onMouseMove={() => setActive(i)}
            className="cursor-pointer px-3 py-2 aria-selected:bg-blue-50 dark:aria-selected:bg-slate-800"
          >
            <span className="block text-sm font-medium text-slate-900 dark:text-slate-100">{hit.prompt}</span>
            <span className="block text-xs text-slate-700 dark:text-slate-300">{hit.topic}</span>
          </li>
        ))}
      </ul>
      <SearchStatusLine status={status} error={error} query={open ? query : ""} count={hits.length} />
    </div>
  );
}
