// `demo --scenario <id|file.json> --db <file>`: run a complete scripted drill on a simulated clock.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkPackText, type ScenarioPack } from '../../../shared/domain/scenario';
import { DrillRoomError } from '../../../shared/ipc/errors';
import { composeServices } from '../../app/compose';
import { headlessPorts } from '../../app/headlessPorts';
import { SOURCE_RESOURCES } from '../../app/paths';
import { SimulatedClock } from '../../clock/simulatedClock';
import { runDemo } from '../../drill/demo';
import { need, parseOptions, type Command } from '../args';

export function loadPack(ref: string, library: { get(id: string): ScenarioPack }): ScenarioPack {
  if (!ref.endsWith('.json') || !existsSync(ref)) return library.get(ref);
  const res = checkPackText(readFileSync(ref, 'utf8'));
  if (!res.ok) throw new DrillRoomError('bad_pack', {}, res.problems);
  return res.pack;
}

export const demoCommand: Command = {
  words: ['demo'],
  usage: 'demo --scenario <id|file.json> --db <file> [--pad <entries>]',
  summary: '用模拟时钟运行一次完整演练,输出演练编号',
  run(args, io) {
    const { options } = parseOptions(args, ['scenario', 'db', 'pad'], 0);
    const db = need(options['db'], '--db <file>');
    // Both required options are checked before the database is opened: a refused command creates no file.
    const scenario = need(options['scenario'], '--scenario <id|file.json>');
    const clock = new SimulatedClock(Date.now());
    const services = composeServices({
      dataDir: dirname(db),
      dbPath: db,
      resourcesDir: SOURCE_RESOURCES,
      ports: headlessPorts(join(dirname(db), 'exports')),
      clock,
      live: false,
    });
    try {
      const pack = loadPack(scenario, services.scenarios);
      const drillId = runDemo(services.drills, clock, pack, { padTo: options['pad'] ? Number(options['pad']) : 0 });
      io.out(drillId);
      return 0;
    } finally {
      services.close();
    }
  },
};
