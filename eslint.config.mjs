import { readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * The walls between layers (../shared/DESIGN.md, README "How it is built"), one import rule per room.
 * ESLint keeps only the last options given to a rule for a file, so walls cannot be stacked config
 * on config: each room below is a disjoint set of files (the later rooms ignore the earlier ones)
 * and lists every wall that applies to it. The rule is typescript-eslint's no-restricted-imports,
 * the core rule plus `allowTypeImports`, which the "types only" walls need.
 * tests/unit/lint/layers.test.ts feeds a violating probe per wall to this config.
 */

const ts = "{ts,tsx}";
/** Relative imports that walk into one of these top-level rooms (the @/ aliases are caught by name). */
const relativeInto = (...rooms) => `^\\.{1,2}/(.*/)?(${rooms.join("|")})(/|$)`;
const LIB_FOLDERS = readdirSync(new URL("./src/lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Walls: each a list of patterns for no-restricted-imports, with the reason shown to whoever hits it. */
const wall = {
  ui: {
    group: ["react", "react-dom", "react/*", "react-dom/*", "zustand", "zustand/*", "next", "next/*", "@/stores", "@/stores/*", "@/components", "@/components/*", "@/hooks", "@/hooks/*", "@/app", "@/app/*"],
    message: "src/lib is below the UI: no React, Next, zustand, stores, hooks, components or app routes.",
  },
  uiRelative: { regex: relativeInto("stores", "components", "hooks", "app"), message: "src/lib is below the UI: no stores, hooks, components or app routes." },
  build: { group: ["@/build", "@/build/*"], message: "@/build is build-time I/O (server only): only src/app route files, src/build and scripts import it." },
  node: { group: ["node:*", ...builtinModules, ...builtinModules.map((name) => `${name}/*`), "server-only"], message: "The reader is pure: it runs in a Web Worker too, so no Node APIs and no server-only. Disk I/O lives in src/build." },
  otherLib: {
    regex: "^@/lib/(?!content(/|$)|zod-jitless$)",
    message: "The reader stands alone (it runs in the add-deck worker): from src/lib it imports only @/lib/content/* and @/lib/zod-jitless.",
  },
  otherLibRelative: {
    regex: `^(\\.\\./)+(${LIB_FOLDERS.filter((name) => name !== "content").join("|")})(/|$)`,
    message: "The reader stands alone: no relative imports into other src/lib folders.",
  },
  readerTypesOnly: {
    // The reader's data schemas (models.ts: deck, topic, card; hints.ts: steering) are plain zod shapes the
    // browser validates stored decks with, and text.ts its string rules (one slug rule for folders and user
    // decks); everything else of the reader (parsers, detectors) is types only.
    regex: "^@/lib/content(?!/(models|hints|text)$)(/.*)?$",
    allowTypeImports: true,
    message: "The reader is not shipped to the browser: import its types only (`import type`); its schemas and slug rule come from @/lib/content/models, /hints and /text; deck data from @/lib/deck.",
  },
  hooksUp: { group: ["@/components", "@/components/*", "@/app", "@/app/*"], message: "Hooks sit below the components: no components or app routes (move shared types down, e.g. to src/lib)." },
  hooksUpRelative: { regex: relativeInto("components", "app"), message: "Hooks sit below the components: no components or app routes." },
  storesUp: { group: ["@/hooks", "@/hooks/*", "@/components", "@/components/*", "@/app", "@/app/*"], message: "Stores and views sit below the UI: no hooks, components or app routes." },
  storesUpRelative: { regex: relativeInto("hooks", "components", "app"), message: "Stores and views sit below the UI: no hooks, components or app routes." },
  componentsUp: { group: ["@/app", "@/app/*"], message: "Components serve routes; routes import components, never the reverse." },
  componentsUpRelative: { regex: relativeInto("app"), message: "Components serve routes; routes import components, never the reverse." },
  worker: {
    group: ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*", "zustand", "zustand/*", "@/stores", "@/stores/*", "@/hooks", "@/hooks/*", "@/components", "@/components/*", "@/app", "@/app/*"],
    message: "A worker computes; it has no UI and no store: no React, Next, zustand, stores, hooks, components or routes.",
  },
  pageStore: {
    group: ["@/stores", "@/stores/*", "@/hooks", "@/hooks/*"],
    message: "A page is a thin server file: it reads no store and calls no hook; a client island (behind a lazy boundary where it is heavy) does.",
  },
};

const ROUTE_FILES = `src/app/**/{page,layout,template,loading,error,global-error,not-found,default,route,manifest,sitemap,robots}.${ts}`;
const PAGES = `src/app/**/page.${ts}`;

/** Rooms: disjoint sets of files (each ignores the rooms listed before it) and the walls around each. */
const rooms = [
  { files: [`src/lib/content/**/*.${ts}`], walls: [wall.ui, wall.uiRelative, wall.build, wall.node, wall.otherLib, wall.otherLibRelative] },
  { files: [`src/lib/deck/**/*.${ts}`], walls: [wall.ui, wall.uiRelative, wall.build, wall.readerTypesOnly] },
  // The importers run in a worker beside the reader and share its id rule and text helpers.
  { files: [`src/lib/import/**/*.${ts}`], walls: [wall.ui, wall.uiRelative, wall.build] },
  { files: [`src/lib/**/*.${ts}`], walls: [wall.ui, wall.uiRelative, wall.build, wall.readerTypesOnly] },
  { files: [`src/hooks/**/*.${ts}`], walls: [wall.hooksUp, wall.hooksUpRelative, wall.build] },
  { files: [`src/stores/**/*.${ts}`], walls: [wall.storesUp, wall.storesUpRelative, wall.build] },
  { files: [`src/components/**/*.${ts}`], walls: [wall.componentsUp, wall.componentsUpRelative, wall.build, wall.readerTypesOnly] },
  { files: [`src/workers/**/*.${ts}`], walls: [wall.worker, wall.build] },
  { files: [PAGES], walls: [wall.pageStore] },
  { files: [`src/app/**/_components/**/*.${ts}`], walls: [wall.build, wall.readerTypesOnly] },
  { files: [ROUTE_FILES, `src/build/**/*.${ts}`], walls: [] },
  { files: [`src/**/*.${ts}`], walls: [wall.build] },
];

const wallConfigs = rooms.map((room, i) => ({
  files: room.files,
  ignores: rooms.slice(0, i).flatMap((earlier) => earlier.files),
  rules: { "@typescript-eslint/no-restricted-imports": room.walls.length ? ["error", { patterns: room.walls }] : "off" },
}));

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/**", "public/vendor/**"] },
  ...wallConfigs,
  {
    // The domain takes the time as a parameter, so tests can pin it and every zone behaves the same.
    files: [`src/lib/**/*.${ts}`],
    rules: {
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
    // A link prefetches its page when a pointer rests on it, a finger touches it or it gets focus
    // (PREFETCH_ON_INTENT), never because it scrolled into view: a page's load would otherwise
    // fetch and process every linked page's payload (Lighthouse counted /settings' on /stats).
    // And no Intl formatter is made when a module loads: a page's first one loads the locale's
    // data, 90–200 ms of a 4×-slowed phone's main thread (/stats and /settings paid it on load).
    files: [`src/{components,app,hooks,stores}/**/*.${ts}`],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXSpreadAttribute[argument.name='PREFETCH_ON_INTENT'])):not(:has(JSXAttribute[name.name='prefetch']))",
          message: "Spread {...PREFETCH_ON_INTENT} (@/components/shell/prefetch-intent) onto a <Link>, or say prefetch={…} on purpose: links prefetch on intent, not on sight.",
        },
        {
          selector: ":matches(Program, ExportNamedDeclaration) > VariableDeclaration > VariableDeclarator > NewExpression[callee.object.name='Intl']",
          message: "Make an Intl formatter when it is used, not when the module loads (a page's first one costs 90–200 ms of a slowed phone), or write the format out (@/components/ui/count-format).",
        },
      ],
    },
  },
];

export default config;
