// The store as the rest of the instance uses it, telling `written` after every create, update and delete
// of a collection (inside transactions too, and when the write fails: it may have landed), so that what
// the instance keeps of that collection (ReadCaches) is dropped. Everything else of the store — its kind,
// its adapter's own members — passes through unchanged.
import { COLLECTIONS, type CollectionName, type Store, type StoreCollections } from '../ports/store';

type AnyCollection = StoreCollections[CollectionName] & Record<string, unknown>;

const WRITES = new Set(['create', 'update', 'delete']);

export function watchWrites(
  store: Store,
  watched: readonly CollectionName[],
  written: (name: CollectionName) => void,
): Store {
  const names = new Set<string>(watched);
  const collection = (name: CollectionName, inner: AnyCollection): AnyCollection =>
    new Proxy(inner, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof prop !== 'string' || !WRITES.has(prop) || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          try {
            return (await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)) as unknown;
          } finally {
            written(name);
          }
        };
      },
    });
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const value = Reflect.get(t, prop, receiver) as unknown;
        if (typeof prop === 'string' && names.has(prop) && prop in COLLECTIONS)
          return collection(prop as CollectionName, value as AnyCollection);
        if (prop === 'transaction' && typeof value === 'function')
          return <R>(work: (tx: StoreCollections) => Promise<R>) =>
            (value as Store['transaction']).call(t, (tx) => work(wrap(tx)));
        // Bound to the store itself: an adapter's methods may rely on their own `this`.
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      },
    });
  return wrap(store);
}
