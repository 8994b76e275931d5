import { topicDataUrl } from "@/lib/deck/payload";

/**
 * The first card of a seeded shuffle, painted before React hydrates (issue 25). The drill page is
 * static and its deck is chosen by the query string, so its HTML can only hold an empty card; this
 * tiny inline script (placed after that empty card, src/components/drill/first-card-shell.tsx)
 * reads the query, fetches the selected topics' questions (already preloading, see
 * preload-script.ts), shuffles their ids as seededOrder does, and fills the card. It also leaves
 * what it painted in `window[FIRST_CARD_GLOBAL]`, so the player keeps the same card on screen
 * while its own JavaScript loads the deck (no flash back to "Loading the deck…").
 *
 * Only a shuffle with a seed in the URL (a shared or reloaded drill link) is painted this way; any
 * other mode needs stored progress or picks a seed, so the page waits for React as before. A
 * question with extra lines (a quiz's code) is left to React too, since it changes the card's size.
 * Mirrors parseSelection/selectedTopicKeys and seededShuffle (kept equal by a unit test); its
 * SHA-256 goes into the page's CSP (scripts/csp-hashes.mjs).
 */
export const FIRST_CARD_GLOBAL = "__prepdeckFirstCard";

/**
 * Where the script leaves its responses (url → a Promise of a Response clone), so the player's own
 * fetch of the same questions index takes it instead of downloading it a second time.
 */
export const FIRST_CARD_FETCHES = "__prepdeckFirstCardFetches";

/** The script's response for `url`, once (later calls fetch as usual); null when it fetched none. */
export function takeScriptFetch(store: unknown, url: string): Promise<Response> | null {
  if (typeof store !== "object" || store === null) return null;
  const kept: unknown = Reflect.get(store, url);
  if (!(kept instanceof Promise)) return null;
  Reflect.deleteProperty(store, url);
  return kept.then((r: unknown) => {
    if (!(r instanceof Response)) throw new Error(`${url}: not a response`);
    return r;
  });
}

/** What the script painted: the query it was for and the texts of the card, the title and the position. */
export interface FirstCard {
  query: string;
  title: string;
  position: string;
  source: string;
  promptHtml: string;
}

/** The painted card left by the script, if it was painted for `query` (the page's `location.search`). */
export function readFirstCard(value: unknown, query: string): FirstCard | null {
  if (typeof value !== "object" || value === null) return null;
  const { query: q, title, position, source, promptHtml } = value as Record<string, unknown>;
  if (typeof q !== "string" || typeof title !== "string" || typeof position !== "string" || typeof source !== "string" || typeof promptHtml !== "string") return null;
  return q === query ? { query: q, title, position, source, promptHtml } : null;
}

/** Element ids of the shell the script fills. */
export const FIRST_CARD_IDS = { shell: "first-card", loading: "first-card-loading", title: "first-card-title", position: "first-card-position", source: "first-card-source", prompt: "first-card-prompt" } as const;

/** The text of the inline script, for the topics `allKeys` ("deck/topic", bank order). */
export function firstCardScript(allKeys: readonly string[]): string {
  const urls = Object.fromEntries(allKeys.map((key) => [key, topicDataUrl(...(key.split("/") as [string, string]))]));
  const ids = FIRST_CARD_IDS;
  // ES5, no "<" in the data (slugs and paths): it cannot end the script element.
  return `try{(function(){var u=${JSON.stringify(urls)},all=${JSON.stringify(allKeys)},q=new URLSearchParams(location.search),m=q.get("mode"),s=q.get("seed");
if(m!==null&&m!=="shuffle"&&["due","weak","interview","mock"].indexOf(m)>=0)return;if(!s||!/^[A-Za-z0-9_-]{1,32}$/.test(s))return;
var r=q.getAll("topics"),w={},n=0,keys=all;if(r.length&&r.indexOf("all")<0){r.join(",").split(",").forEach(function(x){x=x.trim();if(/^[a-z0-9][a-z0-9-]*\\/[a-z0-9][a-z0-9-]*$/.test(x)&&!w[x]){w[x]=1;n++}});if(n)keys=all.filter(function(k){return w[k]})}
if(!keys.length)return;
var kept=window.${FIRST_CARD_FETCHES}={};Promise.all(keys.map(function(k){var f=fetch(u[k]);kept[u[k]]=f.then(function(x){return x.clone()});return f.then(function(x){if(!x.ok)throw 0;return x.json()})})).then(function(ps){
var cards=[],ids=[];ps.forEach(function(p){p.cards.forEach(function(c){cards.push({c:c,p:p});ids.push(c.id)})});if(!ids.length)return;
var h1=0xdeadbeef,h2=0x41c6ce57,i,ch;for(i=0;i<s.length;i++){ch=s.charCodeAt(i);h1=Math.imul(h1^ch,2654435761);h2=Math.imul(h2^ch,1597334677)}
h1=Math.imul(h1^(h1>>>16),2246822507)^Math.imul(h2^(h2>>>13),3266489909);h2=Math.imul(h2^(h2>>>16),2246822507)^Math.imul(h1^(h1>>>13),3266489909);
var a=((h1^h2)>>>0)>>>0,rnd=function(){a=(a+0x6d2b79f5)>>>0;var t=a;t=Math.imul(t^(t>>>15),t|1);t^=t+Math.imul(t^(t>>>7),t|61);return((t^(t>>>14))>>>0)/4294967296};
var o=ids.slice(),j,b;for(i=o.length-1;i>0;i--){j=Math.floor(rnd()*(i+1));b=o[i];o[i]=o[j];o[j]=b}
var f=cards[ids.indexOf(o[0])],c=f.c,p=f.p;if(c.frontHtml)return;var e=function(x){return document.getElementById(x)},sh=e(${JSON.stringify(ids.shell)});if(!sh)return;
var d={query:location.search,title:"Shuffle · "+(keys.length===all.length?"All topics":keys.length===1?p.topic.title:keys.length+" topics"),position:"1 / "+ids.length,source:p.deck.title+" / "+p.topic.title,promptHtml:typeof c.promptHtml==="string"?c.promptHtml:c.prompt};
e(${JSON.stringify(ids.title)}).textContent=d.title;e(${JSON.stringify(ids.position)}).textContent=d.position;e(${JSON.stringify(ids.source)}).textContent=d.source;e(${JSON.stringify(ids.prompt)}).innerHTML=d.promptHtml;
sh.hidden=false;e(${JSON.stringify(ids.loading)}).hidden=true;window.${FIRST_CARD_GLOBAL}=d})["catch"](function(){})})()}catch(e){}`;
}
