import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "@/lib/content/errors";
import { idsFileSchema } from "@/lib/content/models";

const IDS_FILE = "ids.json";

/** Every id listed in `content/ids.json` must still exist, or be listed as retired. */
export function checkVanished(dir: string, displayDir: string, produced: Set<string>, problems: ContentProblem[]): void {
  const idsPath = path.join(dir, IDS_FILE);
  if (!existsSync(idsPath)) return;
  const file = `${displayDir}/${IDS_FILE}`;
  let parsed;
  try {
    parsed = idsFileSchema.safeParse(JSON.parse(readFileSync(idsPath, "utf8")));
  } catch (error) {
    problems.push({ file, line: 1, message: `not valid JSON: ${(error as Error).message}`, fix: "run `npm run content:ids` to write it again" });
    return;
  }
  if (!parsed.success) {
    problems.push({ file, line: 1, message: `wrong shape: ${parsed.error.issues[0]?.message ?? "invalid"}`, fix: 'it holds { "ids": [...], "retired": [...] }' });
    return;
  }
  const retired = new Set(parsed.data.retired);
  for (const id of parsed.data.ids) {
    if (produced.has(id) || retired.has(id)) continue;
    problems.push({
      file,
      line: 1,
      message: `card id "${id}" vanished: no question produces it any more, and people's progress is keyed by it`,
      fix: `pin the old id on the renamed question with {#${id.split("/").pop() ?? id}} at the end of its heading, or move "${id}" to "retired" in ${file}`,
    });
  }
}
