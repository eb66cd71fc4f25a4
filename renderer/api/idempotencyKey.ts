// A random idempotency key per call: getRandomValues works on plain HTTP too (randomUUID needs a secure context, a LAN seat is not one).
export function idempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
