import { AddDeckError } from "./errors";

/*
 * Bytes from a file, a zip entry or a download, checked to be text before the reader sees them:
 * a PDF or an image renamed `.md` is refused with its name, not read as gibberish questions.
 */

const SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: "a PDF", bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { kind: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { kind: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: "a zip archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "a gzip archive", bytes: [0x1f, 0x8b] },
  { kind: "a WebP or RIFF file", bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** What kind of non-text file this is ("a PDF", "a binary file"), or null when it reads as text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (s.bytes.every((b, i) => bytes[i] === b)) return s.kind;
  const head = bytes.subarray(0, 8000);
  return head.includes(0) ? "a binary file" : null;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

/** The file's text (UTF-8, BOM dropped); throws AddDeckError naming the file when it is not text. */
export function textOf(name: string, bytes: Uint8Array): string {
  const kind = binaryKind(bytes);
  if (kind) throw new AddDeckError(`${name} is ${kind}, not a markdown text file: nothing was added.`, "Choose the .md files of the bank (or a .zip of its repository).");
  return decoder.decode(bytes).replace(/^\uFEFF/, "");
}
