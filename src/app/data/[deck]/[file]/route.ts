import { loadBank, getTopic } from "@/build";
import { topicPayload } from "@/lib/deck/payload";

// One questions index per topic, written at build time: a drill deck fetches these, and each
// card's answer when it comes up (./[card]/route.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const { decks } = await loadBank();
  return decks.flatMap((d) => d.topics.map((t) => ({ deck: d.slug, file: `${t.slug}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ deck: string; file: string }> }) {
  const { deck, file } = await params;
  const found = await getTopic(deck, file.replace(/\.json$/, ""));
  if (!found) return new Response("Not found", { status: 404 });
  return Response.json(topicPayload(found.deck, found.topic));
}
