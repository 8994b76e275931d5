import { loadBank } from "@/build";
import { searchDocs } from "@/lib/content/search-docs";
import { buildIndex } from "@/lib/search";

// The search index, serialized once at build time; the header's search box fetches it on first use.
export const dynamic = "force-static";

export async function GET() {
  return new Response(JSON.stringify(buildIndex(searchDocs(await loadBank()))), {
    headers: { "content-type": "application/json" },
  });
}
