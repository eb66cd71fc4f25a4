// Makes the roll-up bench's archives: a few real demo drills (~150 entries each, through the real service), then
// 200 archives from them, each re-chained under its own drill id, branch and date (hashes computed afresh).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../electron/app/paths';
import { writeArchiveFile } from '../electron/archive/archiveWriter';
import { SimulatedClock } from '../electron/clock/simulatedClock';
import { runDemo } from '../electron/drill/demo';
import { sha256 } from '../electron/journal/sha256';
import { entryHash } from '../shared/domain/chain';
import { GENESIS_HASH, type AnyEntry, type Entry } from '../shared/domain/entry';

export const BRANCHES = ['城东支行', '城西支行', '城南支行', '城北支行', '高新区支行', '开发区支行', '营业部', '港区支行'];
const TEMPLATES = ['transfer-failure', 'anonymous-email', 'bank-run-rumour', 'customer-data-leak', 'mobile-zero-balance'];
const DAY = 24 * 60 * 60_000;

/** Write `count` archives of about `entries` entries each into `folder`; returns their paths and the entry total. */
export function makeArchives(folder: string, count: number, entries: number): { paths: string[]; totalEntries: number } {
  mkdirSync(folder, { recursive: true });
  const work = join(folder, '.source');
  const clock = new SimulatedClock(Date.UTC(2025, 0, 6, 1, 0, 0));
  const services = composeServices({ dataDir: work, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(work), clock, live: false });
  const templates = TEMPLATES.map((id) => {
    const drillId = runDemo(services.drills, clock, services.scenarios.get(id), { padTo: entries });
    return services.drills.entries(drillId);
  });
  services.close();
  const paths: string[] = [];
  let totalEntries = 0;
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const drillId = `HQ-${String(i).padStart(4, '0')}`;
    const shift = Math.floor((i * 700) / count) * DAY; // spread over two years
    let prev = GENESIS_HASH;
    const chain = template.map((e) => {
      let data = e.data;
      if (e.kind === 'drill.setup') {
        const d = (e as Entry<'drill.setup'>).data;
        data = { ...d, facts: { ...d.facts, name: `${BRANCHES[i % BRANCHES.length]}演练 ${i + 1}`, branch: BRANCHES[i % BRANCHES.length]! } };
      }
      const base = { ...e, drillId, at: e.at + shift, data, prevHash: prev };
      const hash = entryHash(base as never, sha256);
      prev = hash;
      return { ...base, hash } as AnyEntry;
    });
    const path = join(folder, `${drillId}.drill`);
    writeArchiveFile(path, { entries: chain, attachments: [], blobChunks: () => [], exportedAt: Date.UTC(2026, 11, 1), appVersion: 'bench' });
    paths.push(path);
    totalEntries += chain.length;
  }
  return { paths, totalEntries };
}
