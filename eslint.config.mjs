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
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/**", "public/vendor/**"] },
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
];

export default config;
