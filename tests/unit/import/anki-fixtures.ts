import { readFileSync } from "node:fs";
import initSqlJs, { type SqlJsStatic } from "sql.js";

/** The committed packages made by tests/fixtures/anki/make-fixtures.py. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/anki/${name}`, import.meta.url)));
}

export function csvFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
}

let sql: Promise<SqlJsStatic> | null = null;
/** sql.js finds its .wasm beside itself in node_modules when run in Node. */
export function loadSql(): Promise<SqlJsStatic> {
  sql ??= initSqlJs();
  return sql;
}
