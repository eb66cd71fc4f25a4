// The network interfaces seats may be opened on: this PC's own IPv4 addresses (LAN and loopback), never a wildcard.
import { networkInterfaces } from 'node:os';
import type { SeatInterface } from '../../shared/ipc/contract';

export function seatInterfaces(): SeatInterface[] {
  const list: SeatInterface[] = [];
  for (const [name, addrs] of Object.entries(networkInterfaces()))
    for (const a of addrs ?? []) if (a.family === 'IPv4') list.push({ name, address: a.address, internal: a.internal });
  // LAN addresses first: loopback serves only this PC (a single-PC rehearsal, the tests).
  return list.sort((x, y) => Number(x.internal) - Number(y.internal));
}

/** An address seats may bind: one of this PC's interfaces, or any 127.x loopback address. */
export function isSeatAddress(address: string): boolean {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)) return address.split('.').every((n) => Number(n) <= 255);
  return seatInterfaces().some((i) => i.address === address);
}
