import { MAX_ASSET_BYTES, MAX_IMAGE_BYTES } from "./limits";

const MIME: Record<string, string> = {
  png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", svg: "image/svg+xml", avif: "image/avif",
};

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface AssetsResult {
  assets: Record<string, string>; // name -> data: URL
  dropped: string[]; // pictures left out: too big, over the deck's total, missing or not a picture
}

/** Pictures as data: URLs, each at most 1 MB and 10 MB in all, in name order so the cut is stable. */
export function toAssets(wanted: ReadonlySet<string>, files: ReadonlyMap<string, Uint8Array>): AssetsResult {
  const assets: Record<string, string> = {};
  const dropped: string[] = [];
  let total = 0;
  for (const name of [...wanted].sort()) {
    const data = files.get(name);
    const mime = MIME[name.split(".").pop()?.toLowerCase() ?? ""];
    if (!data || !mime || data.length > MAX_IMAGE_BYTES || total + data.length > MAX_ASSET_BYTES) {
      dropped.push(name);
      continue;
    }
    total += data.length;
    Object.defineProperty(assets, name, { value: `data:${mime};base64,${base64(data)}`, enumerable: true, writable: true, configurable: true });
  }
  return { assets, dropped };
}
