// Short-lived things handed out under an unguessable token (staged uploads, picked files, viewer and download links): kept in memory, expired by age.
import { randomBytes } from 'node:crypto';

export class Shelf<T> {
  private items = new Map<string, { value: T; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly max = 1000,
  ) {}

  /** Keeps `value` and answers its token (24 random bytes, URL-safe). The oldest go first beyond `max`. */
  put(value: T): string {
    this.sweep();
    while (this.items.size >= this.max) this.items.delete(this.items.keys().next().value as string);
    const token = randomBytes(24).toString('base64url');
    this.items.set(token, { value, until: this.now() + this.ttlMs });
    return token;
  }

  /** The value, still on the shelf; null when unknown or expired. */
  peek(token: string): T | null {
    const it = this.items.get(token);
    if (!it) return null;
    if (it.until < this.now()) {
      this.items.delete(token);
      return null;
    }
    return it.value;
  }

  /** The value, taken off the shelf (a one-time token). */
  take(token: string): T | null {
    const v = this.peek(token);
    this.items.delete(token);
    return v;
  }

  drop(token: string): void {
    this.items.delete(token);
  }

  private sweep(): void {
    const t = this.now();
    for (const [k, it] of this.items) if (it.until < t) this.items.delete(k);
  }
}
