import { readFileSync } from "node:fs";
import { parseBody } from "../src/lib/content/parse";
const f = process.argv[2]!;
const r = parseBody(f, readFileSync(f, "utf8"), 0);
const show = (g: any, d = 0) => { console.log(" ".repeat(d) + "G " + g.title + " (" + g.line + ")"); for (const c of g.cards) console.log(" ".repeat(d + 2) + c.line + " " + c.prompt.slice(0, 70) + (c.answer.length ? " ✓" : "")); for (const ch of g.children) show(ch, d + 2); };
show(r.root); console.log(r.title);
