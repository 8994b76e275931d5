import { loadBank, getTopic } from "@/build";
import { answerPayload } from "@/lib/deck/payload";

// One answer per card, written at build time (/data/<deck>/<topic>/<position>.json): a drill
// fetches a card's back when the card comes up, so each further card costs one small file.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const { decks } = await loadBank();
  return decks.flatMap((d) => d.topics.flatMap((t) => t.cards.map((_, i) => ({ deck: d.slug, file: t.slug, card: `${i}.json` }))));
}

export async function GET(_request: Request, { params }: { params: Promise<{ deck: string; file: string; card: string }> }) {
  const { deck, file, card } = await params;
  const found = await getTopic(deck, file);
  const position = /^\d+\.json$/.test(card) ? Number.parseInt(card, 10) : -1;
  const answer = found?.topic.cards[position];
  if (!answer) return new Response("Not found", { status: 404 });
  return Response.json(answerPayload(answer));
}
