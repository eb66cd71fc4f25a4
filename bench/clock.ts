// Drill clock drift (simulated 4-hour drill with 100 pauses; ~20 s on the real clock) and inject release lateness.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../electron/clock/clock';
import { InjectScheduler } from '../electron/clock/scheduler';
import { SimulatedClock } from '../electron/clock/simulatedClock';
import { DrillService } from '../electron/drill/drills';
import { Journal } from '../electron/journal/journal';
import { ScenarioPackSchema, type ScenarioPack } from '../shared/domain/scenario';
import { FACTS, fmt, log, median, met, seedPack, workDir, type Figure } from './common';

const HOUR = 3_600_000;
const REAL_PAUSES = 12;
const REAL_RUN_MS = 1_500;
const REAL_PAUSE_MS = 300;
const INJECT_STEP_MIN = 0.025;

/** Deterministic pseudo-random numbers in [0, 1), so every run pauses alike. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** 4 hours of running time cut by 100 pauses of random length, time moved in fractional milliseconds. */
export function simulatedDrift(): Figure {
  const clock = new SimulatedClock();
  const journal = Journal.open(':memory:');
  const drills = new DrillService(journal, clock);
  const id = drills.create({ pack: seedPack(), facts: FACTS, language: 'zh-CN' });
  const rnd = lcg(42);
  const pauses = 100;
  const weights = Array.from({ length: pauses + 1 }, () => 0.5 + rnd());
  const sum = weights.reduce((a, b) => a + b, 0);
  drills.start(id);
  let expected = 0;
  let worst = 0;
  const check = () => (worst = Math.max(worst, Math.abs(drills.clockNow(id) - expected)));
  weights.forEach((w, i) => {
    const run = (w / sum) * 4 * HOUR;
    // Move in uneven steps, as a live process does.
    let left = run;
    while (left > 0) {
      const step = Math.min(left, 1_000 + rnd() * 59_000 + rnd());
      clock.advance(step);
      left -= step;
      expected += step;
      check();
    }
    if (i < pauses) {
      drills.pause(id);
      check();
      clock.advance(rnd() * 10 * 60_000 + rnd());
      check();
      drills.resume(id);
      check();
    }
  });
  // A restarted process sees the same clock from the journal alone.
  const reopened = new DrillService(journal, clock).clockNow(id);
  worst = Math.max(worst, Math.abs(reopened - expected));
  const state = drills.state(id);
  journal.close();
  log(`simulated drift: ${state.pauses} pauses, expected ${fmt(expected / HOUR, 4)} h, worst ${fmt(worst, 3)} ms`);
  return {
    figure: `Clock drift, simulated 4-hour drill with ${state.pauses} pauses (DrillService.clockNow and a reopened service vs the running time given to the simulated clock, fractional ms steps)`,
    goal: '≤ 50 ms',
    measured: `${fmt(worst, 3)} ms worst`,
    met: met(worst <= 50),
  };
}

/** A pack whose timed injects fall every INJECT_STEP_MIN minutes, none waiting on another. */
function quickPack(count: number): ScenarioPack {
  const base = seedPack();
  const template = base.injects.find((j) => !j.contingency)!;
  const injects = Array.from({ length: count }, (_, k) => ({
    ...template,
    id: `quick-${k + 1}`,
    offsetMin: Number(((k + 1) * INJECT_STEP_MIN).toFixed(3)),
    afterInjectId: undefined,
    contingency: false,
    expectedActions: [],
    milestone: undefined,
  }));
  return ScenarioPackSchema.parse({ ...base, id: 'bench-quick', injects });
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The real system clock: a drill of ~20 s with pauses, its scheduler releasing injects on a real journal file. */
export async function realClock(): Promise<Figure[]> {
  const dir = workDir('clock');
  try {
    const journal = Journal.open(join(dir, 'drillroom.db'));
    const drills = new DrillService(journal, systemClock);
    const errors: unknown[] = [];
    const scheduler = new InjectScheduler(drills, systemClock, (e) => errors.push(e));
    const runningMs = REAL_RUN_MS * (REAL_PAUSES + 1);
    const count = Math.floor(runningMs / (INJECT_STEP_MIN * 60_000)) - 1;
    const id = drills.create({ pack: quickPack(count), facts: FACTS, language: 'zh-CN' });
    // Expected running time: from just after start/resume returns to just before pause is asked.
    drills.start(id);
    let since = performance.now();
    let ran = 0;
    let worst = 0;
    for (let i = 0; i < REAL_PAUSES; i++) {
      await sleep(REAL_RUN_MS);
      const asked = performance.now();
      const pause = drills.pause(id);
      ran += asked - since;
      worst = Math.max(worst, Math.abs(pause.clockMs - ran));
      await sleep(REAL_PAUSE_MS);
      drills.resume(id);
      since = performance.now();
    }
    await sleep(REAL_RUN_MS);
    const at = performance.now();
    const final = drills.clockNow(id);
    const expected = ran + (at - since);
    worst = Math.max(worst, Math.abs(final - expected));
    scheduler.stop();
    const released = drills.entries(id).filter((e) => e.kind === 'inject.released');
    const pack = drills.state(id).scenario;
    const lateness = released.map((e) => e.clockMs - pack.injects.find((j) => j.id === (e.data as { injectId: string }).injectId)!.offsetMin * 60_000);
    journal.close();
    if (errors.length) throw errors[0];
    log(`real clock: ran ${fmt(expected / 1000, 2)} s, final drift ${fmt(final - expected, 2)} ms, worst ${fmt(worst, 2)} ms`);
    log(`lateness (ms): ${lateness.join(', ')}`);
    const worstLate = Math.max(...lateness);
    return [
      {
        figure: `Clock drift on the real system clock: ${fmt(expected / 1000, 1)} s of running time with ${REAL_PAUSES} pauses (drill clock at each pause and at the end vs monotonic running time measured around the calls)`,
        goal: '≤ 50 ms',
        measured: `${fmt(worst, 2)} ms worst (final ${fmt(final - expected, 2)} ms)`,
        met: met(worst <= 50),
      },
      {
        figure: `Inject release lateness on the real clock: ${released.length}/${count} timed injects every ${INJECT_STEP_MIN} min released by the scheduler across the pauses (entry clockMs − offset)`,
        goal: '≤ 250 ms',
        measured: `${worstLate} ms worst, median ${median(lateness)} ms`,
        met: met(released.length === count && worstLate <= 250),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
