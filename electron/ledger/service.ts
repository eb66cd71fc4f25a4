// The ledgers over every readable drill in the database (local and imported): the drill ledger on screen, and the
// spreadsheet exports (drill ledger, improvement ledger, one drill's journal) saved like the minutes: atomically, where the user chooses.
import type { SavedFile } from '../../shared/ipc/contract';
import { formatWallDate } from '../../shared/domain/clock';
import { drillLedger, type DrillLedger, type LedgerDrill } from '../../shared/domain/drillLedger';
import type { Services } from '../app/compose';
import { writeFileAtomic } from '../files/atomicWrite';
import { storageError } from '../journal/errors';
import { sha256 } from '../journal/sha256';
import { safeFileName } from '../minutes/service';
import { csvText } from './csv';
import { improvementLedger } from '../../shared/domain/improvementLedger';
import { xlsxBytes } from './sheets';
import type { Table } from './table';
import { drillLedgerTables, improvementLedgerTable, journalTable, type Lang } from './tables';

export type SheetFormat = 'xlsx' | 'csv';

/** Every drill whose journal reads (a damaged one is listed elsewhere, never counted here). */
export function ledgerDrills(s: Services): LedgerDrill[] {
  return s.drills
    .list()
    .filter((d) => d.damaged === null)
    .map((d) => ({ drillId: d.drillId, entries: s.drills.entries(d.drillId), state: s.drills.state(d.drillId), readOnly: d.readOnly }));
}

/** Today's date on this computer, for 逾期. */
export const todayYmd = (s: Services) => formatWallDate(s.clock.now(), new Date(s.clock.now()).getTimezoneOffset());

export function drillLedgerOf(s: Services, year?: number | null): DrillLedger {
  return drillLedger(ledgerDrills(s), { sha256, todayYmd: todayYmd(s), year });
}

const NAMES = {
  'zh-CN': { drills: (y: number | null | undefined) => (y ? `演练台账-${y}` : '演练台账'), improvements: '整改台账', journal: (n: string) => `${n}-演练记录` },
  en: { drills: (y: number | null | undefined) => (y ? `Drill ledger ${y}` : 'Drill ledger'), improvements: 'Improvement ledger', journal: (n: string) => `${n} journal` },
} as const;

/** The bytes of a table set: a workbook, or the first table as CSV. */
export async function tableBytes(tables: readonly Table[], format: SheetFormat): Promise<Uint8Array> {
  return format === 'xlsx' ? xlsxBytes(tables) : Buffer.from(csvText(tables[0]!), 'utf8');
}

async function save(s: Services, baseName: string, tables: readonly Table[], format: SheetFormat): Promise<SavedFile> {
  const bytes = await tableBytes(tables, format);
  const filters = format === 'xlsx' ? [{ name: 'Excel', extensions: ['xlsx'] }] : [{ name: 'CSV', extensions: ['csv'] }];
  const path = await s.ports.chooseSavePath(`${safeFileName(baseName)}.${format}`, filters);
  if (!path) return { path: null, bytes: 0 };
  try {
    writeFileAtomic(path, bytes);
  } catch (e) {
    throw storageError(e, path);
  }
  return { path, bytes: bytes.length };
}

export function exportDrillLedger(s: Services, o: { year?: number | null; format: SheetFormat; language: Lang }): Promise<SavedFile> {
  return save(s, NAMES[o.language].drills(o.year), drillLedgerTables(drillLedgerOf(s, o.year), o.language), o.format);
}

export function exportImprovementLedger(s: Services, o: { format: SheetFormat; language: Lang }): Promise<SavedFile> {
  return save(s, NAMES[o.language].improvements, [improvementLedgerTable(improvementLedger(ledgerDrills(s), todayYmd(s)), o.language)], o.format);
}

export function exportJournal(s: Services, o: { drillId: string; format: SheetFormat; language: Lang }): Promise<SavedFile> {
  const entries = s.drills.entries(o.drillId);
  return save(s, NAMES[o.language].journal(s.drills.nameOf(o.drillId)), [journalTable(entries, o.language)], o.format);
}
