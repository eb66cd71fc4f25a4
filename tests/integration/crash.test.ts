// Crash safety: a writer killed with SIGKILL at random moments loses no acknowledged entry and leaves a valid chain.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../electron/journal/journal';
import { REPO_ROOT } from '../../electron/app/paths';
import { tempDir } from '../helpers/world';

// `node --import tsx` keeps the writer one process, so SIGKILL really kills the writer (tsx's CLI forks a child).
const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const TRIALS = Number(process.env['DRILLROOM_CRASH_TRIALS'] ?? 50);

/** Run the appender until it has acknowledged at least `minAcks`, then kill it after a random delay. */
function runAndKill(dataDir: string, drillId: string, minAcks: number): Promise<{ drillId: string; acked: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, join(REPO_ROOT, 'tests/fixtures/appender.ts'), dataDir, drillId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let acked = 0;
    let id = drillId;
    let armed = false;
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l.startsWith('drill ')) id = l.slice(6);
        if (l.startsWith('ack ')) acked = Math.max(acked, Number(l.slice(4)));
      }
      if (!armed && acked >= minAcks) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve({ drillId: id, acked }) : reject(new Error(`appender exited without kill: ${stderr}`))));
  });
}

describe('a writer killed mid-append', () => {
  it(`loses no acknowledged entry and the chain verifies (${TRIALS} trials)`, async () => {
    const dir = tempDir();
    let drillId = '-';
    for (let trial = 0; trial < TRIALS; trial++) {
      const res = await runAndKill(dir, drillId, 5 + Math.floor(Math.random() * 20));
      drillId = res.drillId;
      const journal = Journal.open(join(dir, 'drillroom.db'));
      const seqs = journal.entries(drillId).map((e) => e.seq);
      expect(seqs.at(-1)!).toBeGreaterThanOrEqual(res.acked);
      const verdict = journal.verify();
      expect(verdict.ok ? 'intact' : JSON.stringify(verdict), `trial ${trial}`).toBe('intact');
      journal.close();
    }
  }, 600_000);
});
