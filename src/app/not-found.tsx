import type { Metadata } from "next";
import Link from "next/link";
import { PREFETCH_ON_INTENT } from "@/components/shell/prefetch-intent";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is no page at this address.",
};

export default function NotFound() {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-slate-600 dark:text-slate-400">There is no page at this address. The topic may have moved.</p>
      <p>
        <Link {...PREFETCH_ON_INTENT} href="/" className="font-medium text-blue-700 underline underline-offset-4 dark:text-blue-300">
          Back to all topics
        </Link>
      </p>
    </div>
  );
}
