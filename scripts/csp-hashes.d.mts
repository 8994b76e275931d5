export function inlineScriptHashes(html: string): string[];
export function withScriptPolicy(html: string): string;
export function htmlFiles(dir: string): string[];
