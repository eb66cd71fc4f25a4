// The roll-up bench's measured process: a fresh database, every archive of a folder imported through the roll-up
// (each verified, one transaction each), then the drill ledger (by year and branch), the improvement ledger and the
// drill ledger workbook built. Prints one JSON line; the parent runs it under /usr/bin/time for the peak RSS.
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../electron/app/paths';
import { archivesIn, importArchives } from '../electron/archive/rollup';
import { ledgerDrills, todayYmd } from '../electron/ledger/service';
import { sha256 } from '../electron/journal/sha256';
import { drillLedger } from '../shared/domain/drillLedger';
import { improvementLedger } from '../shared/domain/improvementLedger';
import { xlsxBytes } from '../electron/ledger/sheets';
import { drillLedgerTables, improvementLedgerTable } from '../electron/ledger/tables';

const [dataDir, folder] = process.argv.slice(2);
const services = composeServices({ dataDir: dataDir!, resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(dataDir!), live: false });
const paths = archivesIn(folder!);
// In four batches, timed each, to show whether the cost per archive grows with the database.
const t0 = performance.now();
const quarter = Math.ceil(paths.length / 4);
const batchMs: number[] = [];
const report = { imported: 0, failed: 0 };
for (let i = 0; i < paths.length; i += quarter) {
  const b = performance.now();
  const r = await importArchives(services, paths.slice(i, i + quarter));
  report.imported += r.imported;
  report.failed += r.failed;
  batchMs.push(performance.now() - b);
}
const t1 = performance.now();
const drills = ledgerDrills(services);
const ledger = drillLedger(drills, { sha256, todayYmd: todayYmd(services) });
const improvements = improvementLedger(drills, todayYmd(services));
const workbook = await xlsxBytes([...drillLedgerTables(ledger, 'zh-CN'), improvementLedgerTable(improvements, 'zh-CN')]);
const t2 = performance.now();
services.close();
process.stdout.write(
  `${JSON.stringify({
    archives: paths.length,
    imported: report.imported,
    failed: report.failed,
    importMs: t1 - t0,
    batchMs,
    ledgerMs: t2 - t1,
    rows: ledger.rows.length,
    branches: ledger.byBranch.length,
    years: ledger.years,
    improvements: improvements.length,
    workbookBytes: workbook.length,
  })}\n`,
);
