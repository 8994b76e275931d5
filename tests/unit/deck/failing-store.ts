import type { UseStore } from "idb-keyval";

/** `store`, but every put of `key` throws `error()`, as a full or failing disk would mid-transaction. */
export function storeFailingOn(store: UseStore, key: string, error: () => Error): UseStore {
  return (mode, callback) =>
    store(mode, (s) =>
      callback(
        new Proxy(s, {
          get(target, prop) {
            if (prop === "put")
              return (value: unknown, k: IDBValidKey) => {
                if (k === key) throw error();
                return target.put(value, k);
              };
            const v: unknown = Reflect.get(target, prop, target);
            return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
          },
        }),
      ),
    );
}
