/**
 * A read-only map that is another map with a few keys set on top, without copying it: setting one
 * key of a 10,000-entry map copies only the keys already set on top (a grade used to copy every
 * card's state, 3–7 ms and a 10,000-entry table of garbage each time). Once the top holds
 * `FLATTEN_AT` keys, the next `with` copies everything into one plain map, so a lookup never
 * walks a chain and the copy's cost is shared by that many grades. Reads, `size` and the order of
 * iteration are those of a Map given the same `set`s (a key set again keeps its place; a new key
 * comes last). Immutable: `with` returns a new map and leaves this one as it was.
 */
const FLATTEN_AT = 256;

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly top: ReadonlyMap<K, V>,
    size: number,
  ) {
    this.size = size;
  }

  /** `map` with `key` set to `value` (`map` itself is not changed). */
  static with<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): LayeredMap<K, V> {
    if (map instanceof LayeredMap && map.top.size < FLATTEN_AT) {
      const m = map as LayeredMap<K, V>;
      return new LayeredMap(m.base, new Map(m.top).set(key, value), m.has(key) ? m.size : m.size + 1);
    }
    const base = map instanceof LayeredMap ? new Map(map) : map;
    return new LayeredMap(base, new Map([[key, value]]), base.has(key) ? base.size : base.size + 1);
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.top.has(key) ? (this.top.get(key) as V) : value];
    for (const [key, value] of this.top) if (!this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
