/**
 * Copies the public banks a candidate would want from ../shared/banks (or the folder given) into
 * public/catalogue/<id>/, byte for byte with their SOURCE.md (licence and credit), and writes
 * public/catalogue/index.json for the /catalogue page. Nothing here is loaded until a user adds a bank.
 *
 *   node scripts/catalogue.mjs [banks-dir]     (default: /work/shared/banks)
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const BANKS = [
  { id: "ds-theory-bold", title: "Data science theory", description: "Regression, validation, classification, trees, neural networks: 19 topics of theory questions, most answered.", language: "English", author: "Alexey Grigorev and contributors" },
  { id: "js-tricky-details", title: "JavaScript: tricky output questions", description: "What does this code print, and why: closures, hoisting, this, promises.", language: "English" },
  { id: "js-algorithms-nested", title: "JavaScript algorithms", description: "Arrays, strings, stacks, recursion and numbers, with solutions in JavaScript.", language: "English" },
  { id: "backend-node-go-qa", title: "Backend: Node.js, Express, MongoDB, Go", description: "Backend interview questions with answers across Node, Express, MongoDB, Go and databases.", language: "English" },
  { id: "linux-sysadmin-questions", title: "Linux system administration", description: "Questions only (no answers): general, simple, medium, hard, networking, MySQL, DevOps, fun.", language: "English", author: "chassing and contributors" },
  { id: "ckad-pod-design", title: "Kubernetes CKAD: pod design", description: "Hands-on tasks on labels, deployments, jobs and cron jobs, with kubectl answers.", language: "English" },
  { id: "system-design-solutions", title: "System design: worked solutions", description: "Eight classic system design questions (Pastebin, Twitter, a web crawler…) with full solutions.", language: "English" },
  { id: "node-interview-blockquote", title: "Node.js: events and async", description: "A chapter of a Node.js interview book: promises, events, blocking and non-blocking.", language: "English" },
  { id: "javaguide-mongodb-zh", title: "MongoDB 常见面试题", description: "MongoDB interview questions from JavaGuide, in Chinese.", language: "中文", author: "Guide (Snailclimb)" },
  { id: "cs-interview-list-ko", title: "기술 면접 질문 (CS)", description: "Computer science interview questions in Korean: languages, operating systems, databases, networks, Spring.", language: "한국어" },
  { id: "react-errores-es", title: "React: errores típicos", description: "Typical React mistakes, in Spanish, with self-tests.", language: "Español" },
];

const HOUSEKEEPING = new Set(["SOURCE.md", "expected.json"]);

function bankFiles(dir, rel = "") {
  return readdirSync(path.join(dir, rel)).sort().flatMap((name) => {
    const p = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, p)).isDirectory()) return bankFiles(dir, p);
    return !rel && HOUSEKEEPING.has(name) ? [] : [p];
  });
}

function field(source, name) {
  const m = new RegExp(`^- ${name}: (.+)$`, "m").exec(source);
  return m ? m[1].trim() : undefined;
}

function licenceOf(source) {
  return (field(source, "License") ?? "see SOURCE.md").replace(/\s*\(.*$/s, "").replace(/:.*$/s, "").trim();
}

function authorOf(source) {
  const line = field(source, "Copyright line") ?? "";
  const m = /`Copyright (?:\(c\) )?(?:\d{4}(?:-\d{4})? )?([^`]+)`/i.exec(line);
  return m ? m[1].trim() : undefined;
}

const from = process.argv[2] ?? "/work/shared/banks";
const out = "public/catalogue";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const banks = BANKS.map((b) => {
  const dir = path.join(from, b.id);
  const source = readFileSync(path.join(dir, "SOURCE.md"), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8"));
  const files = bankFiles(dir);
  for (const f of [...files, "SOURCE.md"]) {
    mkdirSync(path.dirname(path.join(out, b.id, f)), { recursive: true });
    cpSync(path.join(dir, f), path.join(out, b.id, f));
  }
  const author = b.author ?? authorOf(source);
  if (!author) throw new Error(`${b.id}: no author in SOURCE.md; give one in scripts/catalogue.mjs`);
  return { id: b.id, title: b.title, description: b.description, language: b.language, questions: expected.questions, licence: licenceOf(source), author, sourceUrl: field(source, "Repo"), files };
});
writeFileSync(path.join(out, "index.json"), `${JSON.stringify({ banks }, null, 2)}\n`);
console.log(`catalogue: ${banks.length} banks in ${out}/ (${banks.reduce((n, b) => n + b.questions, 0)} questions)`);
