// The BUILT core worker (out/main/core.js) as the shell starts it: calls land in the journal, pushes arrive, dialogs are asked of the parent, a clean close, typed startup refusals, a death reported once.
import { describe, it, expect, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../../electron/app/compose';
import type { HostPorts } from '../../../electron/app/ports';
import { startCoreWorker, type WorkerCore } from '../../../electron/core/client';
import { APPLICATION_ID } from '../../../electron/journal/migrations';
import { REPO } from '../fakeElectron';
import { CALL_NAMES } from '../../../shared/ipc/contract';
import { ERROR_CODES } from '../../../shared/ipc/errors';
import { VALID_INPUT, type CallContext } from '../../helpers/validCalls';

const CORE = join(REPO, 'out/main/core.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'drillroom-core-'));
  dirs.push(d);
  return d;
}

/** The parent's ports, recording what the worker asked for; saves go where this "dialog" says. */
function recordingPorts(saveTo: string | null) {
  const asked: string[] = [];
  const ports: HostPorts = {
    host: 'electron',
    chooseSavePath: async (name) => {
      asked.push(`save ${name}`);
      return saveTo;
    },
    chooseOpenPath: async () => null,
    chooseFolder: async () => null,
    projector: async (drillId, open) => {
      asked.push(`projector ${drillId} ${open}`);
      return open;
    },
  };
  return { ports, asked };
}

async function start(dataDir: string, ports: HostPorts): Promise<WorkerCore> {
  if (!existsSync(CORE)) throw new Error(`${CORE} is missing: build first (npm run build; npm test does)`);
  return startCoreWorker(CORE, { dataDir, resourcesDir: join(REPO, 'resources'), version: '0.1.0-test', live: true }, ports);
}

const facts = { name: '2026年第四季度舆情应急演练', place: '分行三楼会议室' };

describe('the core worker', () => {
  it('a call lands in the journal of the data folder, its pushes arrive in order, and close checkpoints the WAL', async () => {
    const dir = temp();
    const { ports } = recordingPorts(null);
    const core = await start(dir, ports);
    const pushes: string[] = [];
    core.onPush((name) => pushes.push(name));
    const created = await core.dispatch('drill.create', { scenarioId: 'transfer-failure', facts });
    expect(created).toMatchObject({ ok: true, value: { drillId: expect.any(String) } });
    const drillId = (created as { value: { drillId: string } }).value.drillId;
    expect(await core.dispatch('clock.start', { drillId })).toMatchObject({ ok: true });
    await expect.poll(() => pushes.filter((p) => p === 'drill.changed').length).toBeGreaterThanOrEqual(2);
    expect(pushes).toContain('drills.changed');
    const info = await core.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir: dir, dbPath: join(dir, DB_FILE), version: '0.1.0-test' } });
    // Validation and capability run in the worker, before any handler.
    expect(await core.dispatch('clock.start', { drillId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('no.such.call', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await core.close();
    const wal = join(dir, `${DB_FILE}-wal`);
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    const kinds = (db.prepare('SELECT kind FROM entries WHERE drill_id = ? ORDER BY seq').all(drillId) as { kind: string }[]).map((r) => r.kind);
    db.close();
    expect(kinds).toEqual(['drill.setup', 'clock.start']);
    // After close the thread is gone: a late call is answered with a typed error, not a hang.
    expect(await core.dispatch('drill.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('the minutes are saved where the parent’s save dialog says, and the projector is asked of the parent', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'chosen'));
    const target = join(dir, 'chosen', '演练纪要.docx');
    const { ports, asked } = recordingPorts(target);
    const core = await start(dir, ports);
    try {
      const { value } = (await core.dispatch('drill.create', { scenarioId: 'anonymous-email', facts })) as { value: { drillId: string } };
      const saved = await core.dispatch('minutes.export', { drillId: value.drillId });
      expect(saved).toMatchObject({ ok: true, value: { path: target } });
      expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
      expect(asked[0]).toBe('save 2026年第四季度舆情应急演练纪要.docx');
      expect(await core.dispatch('window.projector', { drillId: value.drillId, open: true })).toEqual({ ok: true, value: { open: true } });
      expect(asked).toContain(`projector ${value.drillId} true`);
    } finally {
      await core.close();
    }
  });

  it('every contract call’s valid input crosses to the worker and back: a reply or a typed refusal, never a lost or uncloneable one', async () => {
    const dir = temp();
    let n = 0;
    const ports: HostPorts = { ...recordingPorts(null).ports, chooseSavePath: async (name) => join(dir, `${++n}-${name}`) };
    const core = await start(dir, ports);
    const pack = JSON.parse(readFileSync(join(REPO, 'resources/scenarios/anonymous-email.json'), 'utf8')) as {
      roles: { id: string; tasks: { id: string }[] }[];
      injects: { id: string; targetRoles: string[] }[];
      objectives?: { id: string }[];
    };
    const role = pack.roles.find((r) => r.tasks.length > 0)!;
    const inject = pack.injects.find((j) => j.targetRoles.includes(role.id)) ?? pack.injects[0]!;
    const outcomes: string[] = [];
    try {
      for (const name of CALL_NAMES) {
        const created = (await core.dispatch('drill.create', { scenarioId: 'anonymous-email', facts: { name: `跨线程 ${name}` } })) as { ok: true; value: { drillId: string } };
        const drillId = created.value.drillId;
        await core.dispatch('clock.start', { drillId });
        const ctx: CallContext = { drillId, roleId: inject.targetRoles[0]!, injectId: inject.id, taskId: role.tasks[0]!.id, objectiveId: pack.objectives?.[0]?.id ?? 'o1' };
        const reply = await core.dispatch(name, VALID_INPUT[name](ctx));
        if (!reply.ok && (reply.error.code === 'internal' || !ERROR_CODES.includes(reply.error.code))) outcomes.push(`${name}: ${JSON.stringify(reply.error)}`);
        await core.dispatch('seats.close', {});
      }
    } finally {
      await core.close();
    }
    expect(outcomes).toEqual([]);
  }, 300_000);

  it('a database from a newer DrillRoom is refused with its typed error, and the file is left as it was', async () => {
    const dir = temp();
    const path = join(dir, DB_FILE);
    const db = new Database(path);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 999');
    db.close();
    const sha = () => createHash('sha256').update(readFileSync(path)).digest('hex');
    const before = sha();
    const err = await start(dir, recordingPorts(null).ports).then(
      () => null,
      (e: { payload?: { code?: string } }) => e,
    );
    expect(err?.payload?.code).toBe('db_newer');
    expect(sha()).toBe(before);
  });

  it('a core that dies while the app runs is reported once, and the call it was answering fails typed', async () => {
    const core = await startCoreWorker(join(REPO, 'tests/fixtures/dyingCore.mjs'), { dataDir: temp(), resourcesDir: '', version: '0', live: false }, recordingPorts(null).ports);
    const reasons: string[] = [];
    core.onFailure((r) => reasons.push(r));
    const reply = await core.dispatch('drill.list', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    await expect.poll(() => reasons).toEqual(['the core worker exited (3)']);
    expect(await core.dispatch('drill.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reasons).toHaveLength(1);
  });
});
