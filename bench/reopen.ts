// Reopening a 100k-entry drill to full state (Journal + DrillService.state: SELECT, parse, fold) vs plain SELECT + JSON.parse.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../electron/clock/clock';
import { SimulatedClock } from '../electron/clock/simulatedClock';
import { runDemo } from '../electron/drill/demo';
import { DrillService } from '../electron/drill/drills';
import { Journal } from '../electron/journal/journal';
import { fmt, log, median, met, seedPack, workDir, type Figure } from './common';

const SIZE = 100_000;
const ROUNDS = 5;

export function benchReopen(): Figure[] {
  const dir = workDir('reopen');
  try {
    const path = join(dir, 'drillroom.db');
    // Build the drill on a simulated clock in memory, then store its chain verbatim in the file.
    const t0 = performance.now();
    const mem = Journal.open(':memory:');
    const clock = new SimulatedClock();
    const drillId = runDemo(new DrillService(mem, clock), clock, seedPack(), { padTo: SIZE });
    const entries = mem.entries(drillId);
    mem.close();
    const file = Journal.open(path);
    file.importChain({ drillId, createdAt: entries[0]!.at, readOnly: false, source: 'bench' }, entries);
    file.close();
    log(`reopen: built a ${entries.length}-entry drill in ${fmt((performance.now() - t0) / 1000, 1)} s`);

    const full = () => {
      const t = performance.now();
      const journal = Journal.open(path);
      const state = new DrillService(journal, systemClock).state(drillId);
      const ms = performance.now() - t;
      if (state.entryCount !== entries.length) throw new Error('reopen folded the wrong number of entries');
      journal.close();
      return ms;
    };
    const plain = () => {
      const t = performance.now();
      const db = new Database(path, { readonly: true });
      const rows = db.prepare('SELECT * FROM entries WHERE drill_id = ? ORDER BY seq').all(drillId) as { data: string }[];
      let n = 0;
      for (const r of rows) if (JSON.parse(r.data)) n++;
      const ms = performance.now() - t;
      if (n !== entries.length) throw new Error('plain read the wrong number of rows');
      db.close();
      return ms;
    };
    full();
    plain();
    const fulls: number[] = [];
    const plains: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        fulls.push(full());
        plains.push(plain());
      } else {
        plains.push(plain());
        fulls.push(full());
      }
    }
    const ratio = median(fulls) / median(plains);
    log(`reopen: full ${fulls.map((x) => fmt(x, 0)).join(', ')} ms; plain ${plains.map((x) => fmt(x, 0)).join(', ')} ms`);
    return [
      {
        figure: `Reopen a ${entries.length.toLocaleString('en')}-entry drill to full state (Journal.open + DrillService.state: SELECT, parse, fold) vs plain SELECT + JSON.parse of the same rows; median of ${ROUNDS} alternating rounds`,
        goal: '≤ 2×',
        measured: `${fmt(ratio)}× (full ${fmt(median(fulls), 0)} ms, plain ${fmt(median(plains), 0)} ms)`,
        met: met(ratio <= 2),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
