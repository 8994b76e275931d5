/** An import that cannot go on: `message` says what is wrong and what to do, in plain words. Nothing is saved. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}

export type ImportErrorCode =
  | "too-big"
  | "too-many-notes"
  | "not-a-package"
  | "encrypted"
  | "corrupt"
  | "unknown-version"
  | "encoding"
  | "no-text"
  | "empty"
  | "gone"; // the worker no longer keeps what a request names (kept-imports.ts)

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
