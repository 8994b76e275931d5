import { z } from "zod";

/*
 * Zod's fast path compiles object validators with `new Function`, which the Content-Security-Policy
 * refuses (no 'unsafe-eval') and reports as a violation on every page that validates. The plain
 * path validates the same, a little slower. Every module that builds zod schemas imports this file
 * first, so the setting is in place before anything is parsed.
 */
z.config({ jitless: true });
