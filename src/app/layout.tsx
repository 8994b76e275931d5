import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DeferredShell } from "@/components/shell/deferred-shell";
import { PrefetchOnIntent } from "@/components/shell/prefetch-on-intent";
import { SiteHeader } from "@/components/shell/site-header";
import { iconDataUrl } from "@/build/icon";
import { THEME_SCRIPT } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PrepDeck: interview flashcards", template: "%s · PrepDeck" },
  description: "Drill technical interview questions as flip cards, with spaced repetition that remembers what feels weak.",
  applicationName: "PrepDeck",
  // Written into the page: no request before the first paint (src/build/icon.ts).
  icons: { icon: [{ url: iconDataUrl(), type: "image/svg+xml" }] },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets a class on <html> before hydration: React must not complain about it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-[#0b1120] dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <DeferredShell />
        <PrefetchOnIntent />
        <main id="main" className="mx-auto w-full max-w-4xl px-4 pb-16 pt-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
