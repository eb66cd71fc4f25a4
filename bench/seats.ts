// Seats bench (not a test): nine seats each log one entry a second over HTTP on 127.0.0.2; push latency to all nine
// seats and the projector's stream (p50/p95/max), entries recorded, and main's memory. `npm run bench:seats -- --seconds 300`
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../electron/app/paths';
import { startBrowserHost } from '../electron/host/server';
import type { SeatsStatus } from '../shared/ipc/contract';

const { values } = parseArgs({ options: { seconds: { type: 'string' } } });
const SECONDS = Number(values.seconds ?? 60);
const ADDRESS = '127.0.0.2';

const dir = mkdtempSync(join(tmpdir(), 'drillroom-bench-seats-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>bench</title>');
const services = composeServices({ dataDir: dir, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), live: true, rendererDir: join(dir, 'renderer') });
const host = await startBrowserHost(services, { rendererDir: join(dir, 'renderer'), onRefusal: () => {} });

const must = async <T>(name: string, input: unknown): Promise<T> => {
  const r = await services.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
};
const facts = { name: '席位压测', place: '', organiser: '', facilitator: '', scribe: '', reviewer: '', participants: {} };
const { drillId } = await must<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts, language: 'zh-CN' });
await must('clock.start', { drillId });
const status = await must<SeatsStatus>('seats.open', { drillId, address: ADDRESS, port: 0 });
const origin = `http://${ADDRESS}:${status.port}`;

/** When each entry (by its text) was sent, and when each listener saw it pushed. */
const sentAt = new Map<string, number>();
const latencies: number[] = [];
let pushesSeen = 0;

function listen(url: string, headers: Record<string, string>): AbortController {
  const stop = new AbortController();
  void (async () => {
    const res = await fetch(url, { headers, signal: stop.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      const now = performance.now();
      for (const b of blocks)
        for (const m of b.matchAll(/bench-\d+-\d+/g)) {
          const t = sentAt.get(m[0]);
          if (t !== undefined && b.includes('"drill.changed"')) {
            latencies.push(now - t);
            pushesSeen++;
          }
        }
    }
  })().catch(() => {});
  return stop;
}

const seats: Array<{ roleId: string; token: string }> = [];
for (const { roleId, code } of status.codes) {
  const res = await fetch(`${origin}/api/seat.join`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ code }) });
  const reply = (await res.json()) as { ok: boolean; value: { token: string } };
  seats.push({ roleId, token: reply.value.token });
}
const streams = seats.map((s) => listen(`${origin}/api/events`, { 'x-drillroom-token': s.token }));
streams.push(listen(`http://127.0.0.1:${host.port}/api/events`, { 'x-drillroom-token': host.token })); // the projector
await new Promise((r) => setTimeout(r, 300));

const rssBefore = process.memoryUsage().rss;
let sent = 0;
let refused = 0;
const t0 = performance.now();
for (let second = 0; second < SECONDS; second++) {
  const tick = performance.now();
  await Promise.all(
    seats.map(async (s, i) => {
      // Spread the nine seats over the second, as people type.
      await new Promise((r) => setTimeout(r, (i * 1000) / seats.length));
      const text = `bench-${second}-${i}`;
      sentAt.set(text, performance.now());
      const res = await fetch(`${origin}/api/entry.log`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'x-drillroom-token': s.token },
        body: JSON.stringify({ drillId, kind: 'observation', roleId: s.roleId, text }),
      });
      const reply = (await res.json()) as { ok: boolean };
      if (reply.ok) sent++;
      else refused++;
    }),
  );
  await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
}
await new Promise((r) => setTimeout(r, 500));
const elapsed = (performance.now() - t0) / 1000;
const recorded = services.drills.entries(drillId).filter((e) => e.text.startsWith('bench-')).length;
const rss = process.memoryUsage().rss;

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const expected = sent * streams.length;
const lines = [
  `# Seats bench`,
  ``,
  `${new Date().toISOString()} · ${SECONDS} s · nine seats on ${ADDRESS} each logging one entry a second, plus the projector's stream on loopback.`,
  `Clients run in the same Node process as main (an upper bound on latency: the client's parsing shares main's event loop).`,
  ``,
  `| figure | value |`,
  `|---|---|`,
  `| entries sent / recorded / refused | ${sent} / ${recorded} / ${refused} |`,
  `| pushes seen / expected (entries × 10 listeners) | ${pushesSeen} / ${expected} |`,
  `| push latency p50 | ${pct(50).toFixed(1)} ms |`,
  `| push latency p95 | ${pct(95).toFixed(1)} ms (goal ≤ 100 ms) |`,
  `| push latency max | ${pct(100).toFixed(1)} ms |`,
  `| wall time | ${elapsed.toFixed(1)} s |`,
  `| RSS of the process (main + clients) before / after | ${(rssBefore / 1048576).toFixed(0)} / ${(rss / 1048576).toFixed(0)} MiB |`,
  ``,
];
console.log(lines.join('\n'));
writeFileSync(join(REPO_ROOT, 'bench/seats-results.md'), lines.join('\n'));
streams.forEach((s) => s.abort());
await services.seats.close();
await host.close();
services.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
