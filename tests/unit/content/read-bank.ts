import { type BankFile, readDeck } from "@/lib/content";

/**
 * The rule tests' reader: a tiny bank (one README's text, or files) read as a deck, and what a user
 * sees of each card: its topic, question, answer and front, whether it has an answer, and the notes.
 */
export async function readBank(bank: string | BankFile[]) {
  const files = typeof bank === "string" ? [{ path: "README.md", text: bank }] : bank;
  const r = await readDeck({ slug: "d", title: "Bank", files });
  const cards = r.deck?.topics.flatMap((t) => t.cards.map((c) => ({ topic: t.title, prompt: c.prompt, answered: c.hasAnswer, answer: c.answerHtml ?? "", front: c.frontHtml ?? "" }))) ?? [];
  return { cards, topics: r.deck?.topics.map((t) => t.title) ?? [], warnings: r.warnings, problems: r.problems };
}

/** Each card as [question, answer HTML]. */
export const pairsOf = async (bank: string | BankFile[]) => (await readBank(bank)).cards.map((c) => [c.prompt, c.answer]);
