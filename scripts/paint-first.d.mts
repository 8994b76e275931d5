export function loaderScript(srcs: string[]): string;
export function paintFirst(html: string): string;
export function pageScripts(html: string): string[];
export function paintFirstDir(dir: string): number;
