export function inlineScriptHashes(html: string): string[];
export function withScriptPolicy(html: string): string;
