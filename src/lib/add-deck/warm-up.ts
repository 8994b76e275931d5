import type { BankFile } from "./collect";

/*
 * The sample bank the reader worker reads once when the add-deck page opens: small (a few
 * milliseconds once compiled), but in the shapes real banks mix (a contents list, heading and
 * list questions, prose, code, a table, a `<details>` answer, links), so the first read of the
 * user's file finds the reader's code compiled and its paths warm rather than cold.
 */
const LANGS = ["js", "python", "bash", "sql", "yaml", "go", "java", "ts"];

function question(n: number): string {
  const lang = LANGS[n % LANGS.length] ?? "js";
  const shape = n % 3;
  const answer =
    shape === 0
      ? `The short answer names the mechanism and gives an example, with \`inline code\` and a [link](https://example.com/${n}).\n\n- first point\n- second point\n\n\`\`\`${lang}\nconst value${n} = ${n};\n\`\`\`\n`
      : shape === 1
        ? `<details><summary>Answer</summary>\n\nIt depends on the workload: **latency** against *throughput*.\n\n| option | when |\n|---|---|\n| a | small |\n| b | large |\n\n</details>\n`
        : `1. Measure first.\n2. Then change one thing.\n\n> A quoted note.\n`;
  return `### ${n % 2 === 0 ? "What is" : "How does"} warm-up step ${n} work?\n\n${answer}`;
}

export function warmUpFiles(questions = 24): BankFile[] {
  const topics = ["Basics", "Practice"];
  const per = Math.ceil(questions / topics.length);
  const out = ["# Warm-up bank\n", "## Table of Contents\n", ...topics.map((t) => `- [${t}](#${t.toLowerCase()})`), ""];
  topics.forEach((t, i) => {
    out.push(`## ${t}\n`);
    for (let q = i * per; q < Math.min(questions, (i + 1) * per); q++) out.push(question(q));
    out.push("**[⬆ Back to top](#table-of-contents)**\n");
  });
  return [{ path: "README.md", text: out.join("\n") }];
}
