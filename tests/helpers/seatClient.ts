// A seat over real HTTP, as a seat PC's browser would speak to the web transport (Host, Origin, token header, idempotency key).
import type { Reply } from '../../shared/ipc/contract';

export interface SeatClient {
  token: string;
  seatId: string;
  roleId: string;
  call(name: string, input: unknown, key?: string): Promise<{ status: number; reply: Reply<unknown> }>;
}

export function seatOrigin(address: string, port: number): string {
  return `http://${address}:${port}`;
}

export async function post(origin: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, reply: (await res.json()) as Reply<unknown> };
}

export async function joinSeat(origin: string, code: string): Promise<SeatClient> {
  const { reply } = await post(origin, '/api/seat.join', { code });
  if (!reply.ok) throw new Error(`join refused: ${JSON.stringify(reply.error)}`);
  const v = reply.value as { token: string; seatId: string; roleId: string };
  return {
    ...v,
    call: (name, input, key) => post(origin, `/api/${name}`, input, { 'x-drillroom-token': v.token, ...(key ? { 'x-drillroom-idempotency-key': key } : {}) }),
  };
}
