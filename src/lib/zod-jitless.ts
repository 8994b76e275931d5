import { z } from "zod";

/*
 * Zod's fast path compiles object validators with `new Function`, which the Content-Security-Policy
 * refuses (no 'unsafe-eval') and reports as a violation on every page that validates. The plain
 * path validates the same, a little slower. Every module takes `z` from here, never from "zod"
 * (tests/unit/lint/zod-import.test.ts), so the setting is in place before anything is parsed,
 * whichever chunk loads zod first.
 */
z.config({ jitless: true });

export { z };
