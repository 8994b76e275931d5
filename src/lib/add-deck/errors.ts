/**
 * A source that cannot become a deck, said in plain words. `message` is shown to the user as is;
 * `fallback` (optional) is what they can do instead.
 */
export class AddDeckError extends Error {
  readonly fallback: string | undefined;
  constructor(message: string, fallback?: string) {
    super(message);
    this.name = "AddDeckError";
    this.fallback = fallback;
  }
}

export const ZIP_FALLBACK = "Download the repository as a zip (on GitHub: Code, then Download ZIP) and drop it here.";
