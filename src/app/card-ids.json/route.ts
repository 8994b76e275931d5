import { allCards } from "@/build";

// Every built-in card's id, written once at build time: Settings fetches it to tell reviews of
// questions no deck has any more (orphans) from the rest. Not in /settings' own payload, which
// every visit of the page parses: a 10,000-card bank's ids are about half a megabyte.
export const dynamic = "force-static";

export async function GET() {
  return Response.json((await allCards()).map((c) => c.id));
}
