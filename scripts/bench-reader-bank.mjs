/**
 * A generated ~500 KB, ~400-question README in the shapes real banks mix (the size issue 22 names):
 * a contents list, `##` topics with back-to-top links, `###` question headings, answers of prose,
 * lists, tables and code in several languages, some `<details>` answers, a link to read more in every
 * fourth (real banks link out: in the largest ones, a third to nearly all of the text holds a URL).
 * Deterministic.
 */
const LANGS = ["js", "python", "bash", "sql", "yaml", "go", "java", "ts"];
const CODE = {
  js: "function add(a, b) {\n  // adds two numbers\n  return a + b;\n}\nconsole.log(add(1, 2));\n",
  python: "def add(a, b):\n    \"\"\"Adds two numbers.\"\"\"\n    return a + b\n\nprint(add(1, 2))\n",
  bash: "for f in *.log; do\n  grep -c ERROR \"$f\"\ndone | sort -n | tail -1\n",
  sql: "SELECT u.name, COUNT(o.id)\nFROM users u JOIN orders o ON o.user_id = u.id\nGROUP BY u.name HAVING COUNT(o.id) > 3;\n",
  yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n",
  go: "func add(a, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\tfmt.Println(add(1, 2))\n}\n",
  java: "public class Add {\n  public static int add(int a, int b) { return a + b; }\n  public static void main(String[] args) { System.out.println(add(1, 2)); }\n}\n",
  ts: "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
};
const PROSE =
  "The short answer is that it depends on the workload, but in practice the trade-off is between latency and throughput. " +
  "A good answer names the mechanism, gives a concrete example, and says when you would choose the other option instead. ";

export function generateReaderBank(questions = 400, topics = 16) {
  const perTopic = Math.ceil(questions / topics);
  const out = ["# Interview questions\n", "## Table of Contents\n"];
  for (let t = 0; t < topics; t++) out.push(`- [Topic ${t + 1}](#topic-${t + 1})`);
  out.push("");
  let n = 0;
  for (let t = 0; t < topics && n < questions; t++) {
    out.push(`## Topic ${t + 1}\n`);
    for (let i = 0; i < perTopic && n < questions; i++, n++) {
      const lang = LANGS[n % LANGS.length];
      out.push(`### ${n + 1}. What happens when you call operation number ${n + 1} twice in a row?\n`);
      const answer = [PROSE.repeat(2 + (n % 3)), "- first, the request is validated\n- then it is queued\n- finally it is acknowledged\n", `\`\`\`${lang}\n${CODE[lang].repeat(1 + (n % 2))}\`\`\`\n`, PROSE];
      if (n % 4 === 0) answer.push(`Read more: https://developer.mozilla.org/en-US/docs/Web/operation-${n + 1} and the [guide](https://example.com/guide#op-${n + 1}).\n`);
      if (n % 5 === 0) answer.push("| Option | When |\n| --- | --- |\n| A | small data |\n| B | large data |\n");
      out.push(n % 7 === 0 ? `<details><summary>Answer</summary>\n\n${answer.join("\n")}\n</details>\n` : answer.join("\n"));
      out.push('<div align="right"><b><a href="#table-of-contents">↥ back to top</a></b></div>\n');
    }
  }
  return out.join("\n");
}
