export const LATER_TYPE: string;
export const LATER_LOADER: string;
export const LATER_REL: string;
export function withLaterScripts(html: string): string;
