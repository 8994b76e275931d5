export interface HeaderRule {
  path: string;
  headers: [string, string][];
}
export function parseHeaders(text: string): HeaderRule[];
export function readHeaders(file?: URL | string): HeaderRule[];
export function toServeHandler(rules: HeaderRule[]): { source: string; headers: { key: string; value: string }[] }[];
