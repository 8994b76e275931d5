import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A static site: `out/` deploys to any static host; no server, no account.
  output: "export",
  // Fixture and benchmark builds (another PREPDECK_CONTENT_DIR) export into their own folder.
  ...(process.env.PREPDECK_DIST_DIR ? { distDir: process.env.PREPDECK_DIST_DIR } : {}),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    root: import.meta.dirname,
    // The reader runs in a Web Worker (the add-deck page), which has no `document`: this package's
    // "browser" build decodes entities with a DOM element, so the browser takes its plain build too.
    resolveAlias: { "decode-named-character-reference": "./node_modules/decode-named-character-reference/index.js" },
  },
};

export default nextConfig;
