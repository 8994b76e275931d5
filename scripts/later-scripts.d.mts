export const LATER_TYPE: string;
export const LATER_LOADER: string;
export function withLaterScripts(html: string): string;
