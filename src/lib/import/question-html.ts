import type { Card } from "@/lib/content/models";
import { escapeHtml } from "./sanitize";

/**
 * A card's whole question as HTML, for export. Bank cards show code under the prompt (frontHtml
 * holds just the code); imported cards with pictures keep the whole question in frontHtml, prompt
 * included, and must not repeat it.
 */
export function questionHtml(card: Card): string {
  if (!card.frontHtml) return card.promptHtml;
  return card.frontHtml.includes(escapeHtml(card.prompt)) ? card.frontHtml : `${card.promptHtml}${card.frontHtml}`;
}
