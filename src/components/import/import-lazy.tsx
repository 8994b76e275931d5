"use client";

import dynamic from "next/dynamic";

/** The import island: its worker, Papa Parse, sql.js and fflate load with it, on /import only. */
export const ImportFlowLazy = dynamic(() => import("@/components/import/import-flow").then((m) => m.ImportFlow), {
  ssr: false,
  loading: () => <p className="min-h-40 text-sm">Loading the importer…</p>,
});
