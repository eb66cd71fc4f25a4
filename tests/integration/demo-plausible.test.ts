// The scripted demo writes a journal a drill could have: no answer before its inject, the right audience, and
// milestones in the order a real response reaches them. Walked for both seed packs, on real SQLite.
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/drill/demo';
import type { Entry } from '../../shared/domain/entry';
import { fold } from '../../shared/domain/fold';
import { answersBeforeInject, occurredMs } from '../../shared/domain/occurred';
import { makeWorld, type World } from '../helpers/world';

let world: World;
afterEach(() => world?.dispose());

/** The channel a journalist writes through: an answer to it goes to the media. */
const MEDIA_CHANNELS = new Set(['journalist']);

describe('the demo journal is plausible', () => {
  for (const scenario of ['anonymous-email', 'transfer-failure']) {
    it(`for ${scenario}`, () => {
      world = makeWorld({ live: false });
      const pack = world.services.scenarios.get(scenario);
      const drillId = runDemo(world.services.drills, world.clock, pack);
      const entries = world.services.drills.entries(drillId);
      const state = fold(entries);
      const problems: string[] = [];
      for (const e of entries) {
        const d = e.data as { injectId?: string; audience?: string; milestone?: string };
        if (answersBeforeInject(state.released, e)) problems.push(`#${e.seq} ${e.kind} answers ${d.injectId} before it was released`);
        if (e.kind === 'communication' && d.injectId) {
          const inj = pack.injects.find((j) => j.id === d.injectId)!;
          if (MEDIA_CHANNELS.has(inj.channel) && e.roleId === 'spokesperson' && d.audience !== 'media') problems.push(`#${e.seq} answers a journalist (${inj.id}) labelled ${d.audience}`);
        }
        if (e.kind === 'communication' && d.milestone === 'first_response' && d.audience !== 'public' && d.audience !== 'media') problems.push(`#${e.seq} first response to ${d.audience}`);
        if (e.kind === 'communication' && d.milestone === 'regulator_report' && d.audience !== 'regulator') problems.push(`#${e.seq} regulator report to ${d.audience}`);
        if (e.kind === 'task.done') {
          // A phase's task answers what that phase brought: it is not done before the phase's injects are out.
          const task = pack.roles.find((r) => r.id === e.roleId)?.tasks.find((t) => t.id === (e as Entry<'task.done'>).data.taskId);
          const phaseInjects = entries.filter((x) => x.kind === 'inject.released' && x.phaseId === (task?.phaseId ?? e.phaseId));
          for (const r of phaseInjects)
            if (occurredMs(e) < r.clockMs) problems.push(`#${e.seq} task ${e.roleId}/${task?.id} (${task?.text.slice(0, 12)}) done before #${r.seq} ${r.text.slice(0, 12)}`);
        }
      }
      // Milestones in the order a response reaches them: discovered ≤ reported ≤ verified, first response and regulator report after discovery.
      const ms = state.milestones;
      const order = (a: keyof typeof ms, b: keyof typeof ms) => {
        if (ms[a] === undefined || ms[b] === undefined) problems.push(`milestone ${ms[a] === undefined ? a : b} never marked`);
        else if (ms[a]! > ms[b]!) problems.push(`${a} (${ms[a]}) after ${b} (${ms[b]})`);
      };
      order('start', 'discovered');
      order('discovered', 'reported');
      order('reported', 'verified');
      order('discovered', 'first_response');
      order('reported', 'regulator_report');
      // The first statement to the public or the media is the first response the indicator measures (#seq cited).
      const statements = entries.filter((e) => e.kind === 'communication' && (e.data.audience === 'public' || e.data.audience === 'media'));
      if (statements[0] && state.milestoneSeqs.first_response !== statements[0].seq)
        problems.push(`first public statement #${statements[0].seq} at ${statements[0].clockMs}, but 首次回应 cites #${state.milestoneSeqs.first_response} at ${ms.first_response}`);
      expect(problems).toEqual([]);
    });
  }
});
