import type { Deck } from "@/lib/content/models";
import { topicDataUrl } from "@/lib/deck/payload";
import { FIRST_CARD_FETCHES, FIRST_CARD_GLOBAL, FIRST_CARD_IDS } from "./first-card-script";

/*
 * The drill page's inline script itself (see first-card-script.ts for what it leaves for the page).
 * Its own file so only the server page that writes it imports its text: the drill's client bundle
 * carries the readers, not the script.
 */

/** One topic's fronts as the script holds them: deck title, topic title, and [id, prompt HTML, 1 if the card has a front extra] per card. */
interface EmbeddedTopic {
  d: string;
  t: string;
  c: [string, string, 0 | 1][];
}

/**
 * Past this many characters of fronts the script fetches the questions instead of carrying them:
 * the Django deck's 65 cards are about 10 KB (3 KB gzip), a 10,000-card bank would be megabytes.
 */
export const EMBED_LIMIT = 16_000;

/**
 * Every topic's fronts for the script to carry, when they fit in EMBED_LIMIT; null when they do not.
 * Carried, the first card is painted while the page is parsed, in its first frame. Fetched, it waits
 * for the response's task, which the page's own JavaScript (evaluated as it arrives) usually runs
 * ahead of: at 4× CPU the question painted at 0.9–1.1 s instead of 0.5–0.6 s (README, Performance).
 */
export function embeddedFronts(decks: readonly Deck[]): Record<string, EmbeddedTopic> | null {
  const fronts: Record<string, EmbeddedTopic> = {};
  for (const deck of decks) {
    for (const topic of deck.topics) {
      fronts[`${deck.slug}/${topic.slug}`] = { d: deck.title, t: topic.title, c: topic.cards.map((c) => [c.id, c.promptHtml, c.frontHtml ? 1 : 0]) };
    }
  }
  return JSON.stringify(fronts).length <= EMBED_LIMIT ? fronts : null;
}

/** JSON that cannot end a script element or an HTML comment: every "<" written as an escape. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The text of the inline script, for the topics `allKeys` ("deck/topic", bank order). With `fronts`
 * (embeddedFronts), a selection they cover is painted at once, without a download.
 */
export function firstCardScript(allKeys: readonly string[], fronts: Record<string, EmbeddedTopic> | null = null): string {
  const urls = Object.fromEntries(allKeys.map((key) => [key, topicDataUrl(...(key.split("/") as [string, string]))]));
  const ids = FIRST_CARD_IDS;
  // ES5; slugs, paths and the escaped fronts hold no "<": nothing can end the script element.
  return `try{(function(){var u=${JSON.stringify(urls)},E=${fronts ? scriptJson(fronts) : "null"},all=${JSON.stringify(allKeys)},q=new URLSearchParams(location.search),m=q.get("mode"),s=q.get("seed");
if(m!==null&&m!=="shuffle"&&["due","weak","interview","mock"].indexOf(m)>=0)return;if(s===null){s="";for(var z=0;z<8;z++)s+=Math.floor(Math.random()*36).toString(36)}if(!/^[A-Za-z0-9_-]{1,32}$/.test(s))return;
var r=q.getAll("topics"),w={},n=0,keys=all;if(r.length&&r.indexOf("all")<0){r.join(",").split(",").forEach(function(x){x=x.trim();if(/^[a-z0-9][a-z0-9-]*\\/[a-z0-9][a-z0-9-]*$/.test(x)&&!w[x]){w[x]=1;n++}});if(n)keys=all.filter(function(k){return w[k]})}
if(!keys.length)return;
var paint=function(ps){
var cards=[],ids=[];ps.forEach(function(p){p.cards.forEach(function(c){cards.push({c:c,p:p});ids.push(c.id)})});if(!ids.length)return;
var h1=0xdeadbeef,h2=0x41c6ce57,i,ch;for(i=0;i<s.length;i++){ch=s.charCodeAt(i);h1=Math.imul(h1^ch,2654435761);h2=Math.imul(h2^ch,1597334677)}
h1=Math.imul(h1^(h1>>>16),2246822507)^Math.imul(h2^(h2>>>13),3266489909);h2=Math.imul(h2^(h2>>>16),2246822507)^Math.imul(h1^(h1>>>13),3266489909);
var a=((h1^h2)>>>0)>>>0,rnd=function(){a=(a+0x6d2b79f5)>>>0;var t=a;t=Math.imul(t^(t>>>15),t|1);t^=t+Math.imul(t^(t>>>7),t|61);return((t^(t>>>14))>>>0)/4294967296};
var o=ids.slice(),j,b;for(i=o.length-1;i>0;i--){j=Math.floor(rnd()*(i+1));b=o[i];o[i]=o[j];o[j]=b}
var f=cards[ids.indexOf(o[0])],c=f.c,p=f.p;if(c.frontHtml)return;var e=function(x){return document.getElementById(x)},sh=e(${JSON.stringify(ids.shell)});if(!sh)return;
var d={query:location.search,seed:s,title:"Shuffle · "+(keys.length===all.length?"All topics":keys.length===1?p.topic.title:keys.length+" topics"),position:"1 / "+ids.length,source:p.deck.title+" / "+p.topic.title,promptHtml:typeof c.promptHtml==="string"?c.promptHtml:c.prompt};
e(${JSON.stringify(ids.title)}).textContent=d.title;e(${JSON.stringify(ids.position)}).textContent=d.position;e(${JSON.stringify(ids.source)}).textContent=d.source;e(${JSON.stringify(ids.prompt)}).innerHTML=d.promptHtml;
sh.hidden=false;e(${JSON.stringify(ids.loading)}).hidden=true;window.${FIRST_CARD_GLOBAL}=d};
if(E&&keys.every(function(k){return E.hasOwnProperty(k)})){paint(keys.map(function(k){var x=E[k];return{deck:{title:x.d},topic:{title:x.t},cards:x.c.map(function(y){return{id:y[0],promptHtml:y[1],frontHtml:y[2]?1:null}})}}));return}
var kept=window.${FIRST_CARD_FETCHES}={};Promise.all(keys.map(function(k){var f=fetch(u[k]);kept[u[k]]=f.then(function(x){return x.clone()});return f.then(function(x){if(!x.ok)throw 0;return x.json()})})).then(paint)["catch"](function(){})})()}catch(e){}`;
}
