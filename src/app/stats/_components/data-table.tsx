import type { ReactNode } from "react";

/** One row of a stats table: the cell that heads the row, then the row's values. */
export interface DataRow {
  key: string | number;
  head: ReactNode;
  cells: ReactNode[];
}

const tableClass = "w-full text-left text-sm tabular-nums [&_td]:border-t [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1.5 [&_th]:px-2 [&_th]:py-1.5 [&_th]:font-semibold dark:[&_td]:border-slate-700";

/**
 * The numbers behind a chart, for screen readers and "Show as table": every stats table is built
 * here so each keeps a caption, column headers and a header cell per row (what makes it navigable).
 */
export function DataTable({ caption, columns, rows, testId }: { caption: string; columns: string[]; rows: DataRow[]; testId?: string }) {
  return (
    <table className={tableClass} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="font-normal">
              {row.head}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
