import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * The layers (see /README.md "How it is built"): src/lib is plain TypeScript that knows nothing of
 * React, zustand, the store or the components, and takes the time as a parameter.
 */
const UI_LAYERS = ["react", "react-dom", "react/*", "zustand", "zustand/*", "next", "next/*", "@/stores", "@/stores/*", "@/components", "@/components/*", "@/hooks", "@/hooks/*"];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/**"] },
  {
    files: ["src/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: UI_LAYERS,
              message: "src/lib is the domain layer: it must not import React, Next, zustand, stores, hooks or components.",
            },
            {
              regex: "^\\.{1,2}/(.*/)?(stores|components|hooks)(/|$)",
              message: "src/lib is the domain layer: it must not import stores, hooks or components.",
            },
          ],
        },
      ],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "src/lib takes the time as a parameter (`now`): no Date.now()." }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/lib takes the time as a parameter (`now`): no argument-less new Date().",
        },
      ],
    },
  },
  {
    // The pure reader runs in the browser (a Web Worker) as well as at build time: no Node, no build I/O.
    files: ["src/lib/content/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_LAYERS, message: "src/lib is the domain layer: it must not import React, Next, zustand, stores, hooks or components." },
            { regex: "^\\.{1,2}/(.*/)?(stores|components|hooks)(/|$)", message: "src/lib is the domain layer: it must not import stores, hooks or components." },
            { regex: "^(node:.*|fs|fs/.*|path|path/.*|server-only|@/build|@/build/.*)$", message: "src/lib/content is the pure reader (it runs in the browser): no node:*, fs, path, server-only or @/build. Disk I/O goes in src/build." },
          ],
        },
      ],
    },
  },
  {
    // Build I/O (src/build, server-only) is reached only from server route and page files.
    files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}", "src/hooks/**/*.{ts,tsx}", "src/stores/**/*.{ts,tsx}"],
    ignores: ["src/app/**/page.tsx", "src/app/**/route.ts", "src/app/**/layout.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(@/build|(\\.\\./)+build)(/.*)?$", message: "@/build reads the disk at build time: only src/app route and page files (server) may import it." }] }],
    },
  },
];

export default config;
