import "server-only";
import type { Root as HastRoot } from "hast";
import { createHighlighter, isSpecialLang } from "shiki";
import type { CodeHighlighter } from "@/lib/content";

/** Languages that answers use; anything else falls back to plain text rather than failing. */
export const HIGHLIGHT_LANGUAGES = [
  "python", "bash", "shellscript", "nginx", "ini", "toml", "yaml", "json", "sql", "jinja",
  "html", "dockerfile", "javascript", "typescript",
] as const;

const LANG_ALIAS = { django: "jinja", "html+django": "jinja", htmldjango: "jinja", sh: "bash", console: "bash", py: "python", cfg: "ini", conf: "nginx" };
const THEMES = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;

/**
 * Shiki as the build's highlighter, giving the HTML @shikijs/rehype gave before the reader/build split
 * (same themes, languages, aliases, fallback and language class), byte for byte.
 */
async function createShiki(): Promise<CodeHighlighter> {
  const shiki = await createHighlighter({ themes: Object.values(THEMES), langs: [...HIGHLIGHT_LANGUAGES], langAlias: LANG_ALIAS });
  const loaded = new Set(shiki.getLoadedLanguages());
  return (code: string, lang: string | undefined): HastRoot | null => {
    // No fence language: left plain, as before.
    if (!lang) return null;
    const use = loaded.has(lang) || isSpecialLang(lang) ? lang : "text";
    return shiki.codeToHast(code.endsWith("\n") ? code.slice(0, -1) : code, {
      themes: THEMES,
      lang: use,
      meta: { __raw: "" },
      // No time limit per line: on a busy machine a line would otherwise come out unhighlighted,
      // and the same content would build to different HTML.
      tokenizeTimeLimit: 0,
      transformers: [
        {
          name: "prepdeck:code-language-class",
          code(node) {
            this.addClassToHast(node, `language-${use}`);
            return node;
          },
        },
      ],
    });
  };
}

let shared: Promise<CodeHighlighter> | null = null;

/** One shiki instance per process: every deck (and every test) shares it, grammars load once. */
export function shikiHighlighter(): Promise<CodeHighlighter> {
  shared ??= createShiki();
  return shared;
}
