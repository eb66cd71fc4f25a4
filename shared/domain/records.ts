// Records keyed by ids from a scenario pack: own-property reads and null-prototype writes, so an id such as
// `__proto__`, `constructor` or `toString` is a plain name and never reaches Object.prototype.

/** The value stored under `key`, never an inherited one. Works on records that crossed IPC or JSON too. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A new empty record without a prototype. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A copy of `record` (without a prototype) with `key` set to `value`. */
export function withKey<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const out = emptyRecord<T>();
  for (const k of Object.keys(record)) define(out, k, record[k] as T);
  define(out, key, value);
  return out;
}

/** A record (without a prototype) from key–value pairs; the null-prototype counterpart of Object.fromEntries. */
export function recordOf<T>(pairs: Iterable<readonly [string, T]>): Record<string, T> {
  const out = emptyRecord<T>();
  for (const [k, v] of pairs) define(out, k, v);
  return out;
}

function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
