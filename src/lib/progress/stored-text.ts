import { isPlainObject, parseJsonSafely } from "./safe-json";

/*
 * JSON.parse of a stored document, with its log string lifted out of the text first. The log is
 * nearly all of a long history's text (2 MB of 2.1 for 100,000 reviews), and JSON.parse copies a
 * string value character by character, looking for escapes: a page load of 100,000 reviews spent
 * 27 ms of Chromium's main thread there. What the encoder writes,
 *   {"v":2,"cards":[…],"log":"…",…}
 * holds the log as a string that needs no escape: its entries are base-36 numbers, letters and
 * separators, and only an id written out in full could hold a quote, a backslash or a control
 * character. Such a string is the slice of the text between its quotes, and the rest of the
 * document (the card table, flags, notes, settings) is parsed as JSON. Any other text, or one whose
 * log holds an escape or a control character, is parsed whole as before; either way the value
 * equals JSON.parse's (tests/unit/progress/stored-text.test.ts).
 */

const HEAD = '{"v":2,"cards":[';
const LOG_KEY = '],"log":"';
/** What a JSON string's text must not hold to be its own value: an escape or a control character. */
const NOT_LITERAL = /[\\\u0000-\u001f]/g;

/** The value of a stored document's text, as parseJsonSafely gives it. */
export function parseStoredText(raw: string): ReturnType<typeof parseJsonSafely> {
  if (!raw.startsWith(HEAD)) return parseJsonSafely(raw);
  // A quote inside a JSON string is escaped, so the first `],"log":"` ends the card table's array.
  const key = raw.indexOf(LOG_KEY, HEAD.length);
  const from = key + LOG_KEY.length;
  const to = key < 0 ? -1 : raw.indexOf('"', from);
  if (to < 0) return parseJsonSafely(raw);
  const scan = new RegExp(NOT_LITERAL); // its own lastIndex: no state shared between calls
  scan.lastIndex = from;
  const odd = scan.exec(raw);
  if (odd !== null && odd.index < to) return parseJsonSafely(raw);
  // A second "log" key later in the text would win over this one in JSON.parse. Outside a string a
  // quote is never escaped, so such a key shows as `"log"` (a rarer string value "log" only costs
  // the whole parse).
  if (raw.indexOf('"log"', to) >= 0) return parseJsonSafely(raw);
  const rest = parseJsonSafely(raw.slice(0, from) + raw.slice(to));
  if (!rest.ok || !isPlainObject(rest.value) || rest.value.log !== "") return parseJsonSafely(raw);
  rest.value.log = raw.slice(from, to);
  return rest;
}
