// End to end on the real browser host process under libfaketime: the PC clock is set a day ahead, then back,
// the host is killed with SIGKILL and restarted; the journal's drill clocks and wall times never go backwards and
// the unexplained day is asked about, not counted.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnyEntry } from '../../../shared/domain/entry';
import type { Reply } from '../../../shared/ipc/contract';
import { REPO_ROOT } from '../../../electron/app/paths';
import { Journal } from '../../../electron/journal/journal';
import { tempDir } from '../../helpers/world';
import { DAY, expectNeverBackwards, HOUR, kinds } from './timeline';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const present = existsSync(LIBFAKETIME);
// `node --import tsx` keeps the host one process, so SIGKILL kills the host itself (tsx's CLI forks a child).
const tsxLoader = createRequire(import.meta.url).resolve('tsx');

interface Host {
  child: ChildProcess;
  port: number;
  token: string;
  call<T = unknown>(name: string, input: object): Promise<Reply<T>>;
}

const dir = tempDir('drillroom-faketime-');
const dataDir = join(dir, 'data');
const rendererDir = join(dir, 'renderer');
const fakeFile = join(dir, 'faketime');
const running = new Set<ChildProcess>();

/** Set the host's wall clock relative to the real one ('+0', '+1d', '-1h'); read on every call (NO_CACHE). */
const setWall = (offset: string) => writeFileSync(fakeFile, `${offset}\n`);
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function startHost(): Promise<Host> {
  const child = spawn(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'electron/host/main.ts'), '--data', dataDir, '--renderer', rendererDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: fakeFile,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c) => (err += c));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/\S*token=([A-Za-z0-9_-]+)/.exec(out);
      if (!m) return;
      const port = Number(m[1]);
      const token = m[2]!;
      ok({ child, port, token, call: (name, input) => post(port, token, name, input) });
    });
    child.on('exit', (code, signal) => fail(new Error(`host exited (${code ?? signal}) before listening: ${err}`)));
  });
}

function post<T>(port: number, token: string, name: string, input: object): Promise<Reply<T>> {
  const body = JSON.stringify(input);
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${name}`,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-drillroom-token': token,
          host: `127.0.0.1:${port}`,
          origin: `http://127.0.0.1:${port}`,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          try {
            ok(JSON.parse(text) as Reply<T>);
          } catch {
            fail(new Error(`${name}: HTTP ${res.statusCode} ${text.slice(0, 200)}`));
          }
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function ok<T>(reply: Promise<Reply<T>>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value;
}

function kill(host: Host): Promise<void> {
  return new Promise((done) => {
    host.child.once('exit', () => done());
    host.child.kill('SIGKILL');
  });
}

function journalEntries(drillId: string): { entries: AnyEntry[]; verified: boolean } {
  const journal = Journal.open(join(dataDir, 'drillroom.db'), { readOnly: true });
  try {
    return { entries: journal.entries(drillId), verified: journal.verify().ok };
  } finally {
    journal.close();
  }
}

afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
});

const title = present
  ? 'the real host under libfaketime'
  : `the real host under libfaketime (SKIPPED: ${LIBFAKETIME} not found; install the Debian package faketime, see scripts/install-test-deps.sh)`;

describe.skipIf(!present)(title, () => {
  it('a day ahead then a crash is asked about, an hour back is recorded, and nothing in the journal runs backwards', async () => {
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>DrillRoom</title>');
    setWall('+0');

    // 1. A running drill; discovery is logged.
    let host = await startHost();
    const { drillId } = await ok(host.call<{ drillId: string }>('drill.create', { scenarioId: 'anonymous-email', facts: { name: '时钟跳变端到端' } }));
    await ok(host.call('clock.start', { drillId }));
    await sleep(1_000);
    await ok(host.call('entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: '发现匿名邮件', milestone: 'discovered' }));

    // 2. The PC clock goes a day ahead, and the host dies at once, before a heartbeat could see the jump.
    setWall('+1d');
    await kill(host);

    // 3. Restarted a day "later": the gap is held for the facilitator, nothing counted, clock controls wait.
    host = await startHost();
    const held = await ok(host.call<{ state: { gap?: { gapMs: number } | null; clock: { running: boolean; clockMs: number } }; clockMs: number }>('drill.open', { drillId }));
    expect(held.state.clock.clockMs, 'the day is not counted as drill time').toBeLessThan(60_000);
    expect(held.state.gap ?? null, 'the restart gap is asked about').not.toBeNull();
    expect(held.state.gap!.gapMs).toBeGreaterThan(DAY - HOUR);
    expect(held.state.clock.running).toBe(false);
    expect(held.clockMs).toBeLessThan(60_000);
    const refused = await host.call('clock.pause', { drillId });
    expect(refused.ok ? 'accepted' : refused.error.key).toBe('bad_state.gap_undecided');
    await ok(host.call('drill.decideGap', { drillId, counts: 'paused' }));
    await sleep(500);

    // 4. While it runs, the PC clock is set back (a day and an hour, to '-1h'): a jump entry; the log stays in order.
    setWall('-1h');
    await sleep(300);
    await ok(host.call('entry.log', { drillId, kind: 'communication', roleId: 'monitoring', text: '向组长上报', milestone: 'reported', audience: 'internal' }));
    await sleep(300);
    await kill(host);

    // 5. Restarted with the clock still back: resumes from the recorded drill clock, not from 0.
    host = await startHost();
    const after = await ok(host.call<{ clockMs: number; state: { gap: unknown } }>('drill.open', { drillId }));
    expect(after.state.gap).toBeNull();
    await ok(host.call('entry.log', { drillId, kind: 'observation', roleId: 'scribe', text: '重启后继续记录' }));
    await kill(host);

    const { entries, verified } = journalEntries(drillId);
    expect(verified).toBe(true);
    expectNeverBackwards(entries);
    const recoveries = kinds(entries, 'recovery');
    expect(recoveries.length).toBe(2);
    expect(recoveries[0]!.data).toMatchObject({ held: true });
    expect(kinds(entries, 'clock.gap')[0]!.data).toMatchObject({ counts: 'paused', countedMs: 0 });
    const back = kinds(entries, 'clock.jump').find((e) => (e.data as { jumpMs: number }).jumpMs < 0);
    expect(back, 'the backward jump is an entry').toBeDefined();
    expect((back!.data as { wallBefore: number; wallAfter: number }).wallAfter).toBeLessThan((back!.data as { wallBefore: number }).wallBefore);
    // No day and no negative hour in drill time: the whole run took seconds of real time.
    expect(entries.at(-1)!.clockMs).toBeLessThan(60_000);
    const discovered = entries.find((e) => e.kind === 'observation' && (e.data as { milestone?: string }).milestone === 'discovered')!;
    const reported = entries.find((e) => e.kind === 'communication')!;
    expect(reported.clockMs).toBeGreaterThan(discovered.clockMs);
  }, 180_000);
});
