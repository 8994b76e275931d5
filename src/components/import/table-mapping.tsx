"use client";

import type { ColumnMapping, TableOptions } from "@/lib/import/table-options";

const select = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";
const text = "min-h-11 w-24 rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100";

interface Props {
  head: string[][];
  columns: number;
  mapping: ColumnMapping;
  options: TableOptions;
  onMapping(m: ColumnMapping): void;
  onOptions(o: TableOptions): void;
}

function columnName(head: string[][], mapping: ColumnMapping, i: number): string {
  const first = head[0]?.[i];
  return mapping.header && first ? `${i + 1}: ${first.slice(0, 30)}` : `Column ${i + 1}${head[0]?.[i] ? ` (${head[0][i]!.slice(0, 20)}…)` : ""}`;
}

/** Which column is what, how rows and fields are cut, and the first rows as they are read. */
export function TableMapping({ head, columns, mapping, options, onMapping, onOptions }: Props) {
  const cols = Array.from({ length: Math.max(columns, 1) }, (_, i) => i);
  const pick = (key: "question" | "answer" | "topic" | "tags", optional: boolean) => (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {key === "question" ? "Question" : key === "answer" ? "Answer" : key === "topic" ? "Topic" : "Tags"}
      <select
        className={select}
        value={mapping[key] === null ? "" : String(mapping[key])}
        onChange={(e) => onMapping({ ...mapping, [key]: e.target.value === "" ? (optional ? null : 0) : Number(e.target.value) })}
      >
        {optional && <option value="">(none)</option>}
        {cols.map((i) => (
          <option key={i} value={i}>
            {columnName(head, mapping, i)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">Columns</legend>
      <div className="flex flex-wrap gap-4">
        {pick("question", false)}
        {pick("answer", true)}
        {pick("topic", true)}
        {pick("tags", true)}
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Field separator
          <input className={text} value={options.fieldSeparator} placeholder="auto" aria-describedby="sep-help" onChange={(e) => onOptions({ ...options, fieldSeparator: e.target.value })} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Row separator
          <input className={text} value={options.rowSeparator} placeholder="new line" aria-describedby="sep-help" onChange={(e) => onOptions({ ...options, rowSeparator: e.target.value })} />
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5 accent-blue-700" checked={mapping.header} onChange={(e) => onMapping({ ...mapping, header: e.target.checked })} />
          First row is a header
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5 accent-blue-700" checked={options.quotes} onChange={(e) => onOptions({ ...options, quotes: e.target.checked })} />
          Quoted fields (CSV)
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Cells are
          <select className={select} value={mapping.format} onChange={(e) => onMapping({ ...mapping, format: e.target.value === "html" ? "html" : "markdown" })}>
            <option value="markdown">Markdown or plain text</option>
            <option value="html">HTML</option>
          </select>
        </label>
      </div>
      <p id="sep-help" className="text-sm text-slate-700 dark:text-slate-300">
        Write <code>\t</code> for a tab and <code>\n</code> for a new line. Quizlet exports a tab between term and definition and a new line between cards, unless you chose others.
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">The first rows as read</caption>
          <tbody>
            {head.map((row, r) => (
              <tr key={r} className="border-t border-slate-200 dark:border-slate-700">
                {cols.map((i) => (
                  <td key={i} className="max-w-60 truncate px-2 py-1">
                    {row[i] ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
