// Child of the bench: appends entries through the service so strace can count the syscalls per durable append.
// Run: strace -f -c -e trace=fsync,fdatasync npx tsx bench/fsyncCount.ts <dir> <count>
import { join } from 'node:path';
import { systemClock } from '../electron/clock/clock';
import { DrillService } from '../electron/drill/drills';
import { Journal } from '../electron/journal/journal';
import { FACTS, seedPack } from './common';

const [dir, count] = process.argv.slice(2);
const journal = Journal.open(join(dir!, 'drillroom.db'));
const drills = new DrillService(journal, systemClock);
const id = drills.create({ pack: seedPack(), facts: FACTS, language: 'zh-CN' });
drills.start(id);
for (let i = 0; i < Number(count); i++) drills.record(id, { kind: 'observation', roleId: 'monitoring', text: `第 ${i} 条观察记录`, data: {} });
journal.close();
