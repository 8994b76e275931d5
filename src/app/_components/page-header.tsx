import type { ReactNode } from "react";

/** A page's title and its one-line intro, alike on every page. `id` lets a section be labelled by the title. */
export function PageHeader({ title, intro, id }: { title: ReactNode; intro?: ReactNode; id?: string }) {
  return (
    <header className="space-y-1">
      <h1 id={id} className="text-3xl font-bold tracking-tight">
        {title}
      </h1>
      {intro && <p className="text-slate-700 dark:text-slate-300">{intro}</p>}
    </header>
  );
}
