// The call table's implementation: one handler per contract call, over the composed services.
import { checkPackText } from '../../shared/domain/scenario';
import type { CallName, CallOutput } from '../../shared/ipc/contract';
import { CALLS } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { z } from 'zod';
import type { Services } from './compose';
import { importMsel } from '../scenarios/mselFile';
import { savePackFile } from '../scenarios/packFile';
import { attachEvidence, readEvidence } from '../evidence/service';
import { spotlight } from '../drill/spotlight';

type Parsed<N extends CallName> = z.output<(typeof CALLS)[N]['input']>;
export type Handlers = { [N in CallName]: (input: Parsed<N>) => CallOutput<N> | Promise<CallOutput<N>> };

const ack = (e: { seq: number }) => ({ seq: e.seq });

export function makeHandlers(s: Services): Handlers {
  const { drills } = s;
  return {
    'app.info': () => s.info(),
    'scenario.list': () => s.scenarios.list(),
    'scenario.get': ({ scenarioId }) => s.scenarios.get(scenarioId),
    'scenario.check': ({ text }) => checkPackText(text),
    'scenario.save': ({ packText, name }) => savePackFile(s, packText, name),
    'drill.list': () => drills.list(),
    'drill.create': ({ scenarioId, packText, facts, language }) => {
      let pack;
      if (scenarioId !== undefined) pack = s.scenarios.get(scenarioId);
      else {
        const res = checkPackText(packText ?? '');
        if (!res.ok) throw new DrillRoomError('bad_pack', {}, res.problems);
        pack = res.pack;
      }
      return { drillId: drills.create({ pack, facts, language }) };
    },
    'drill.open': ({ drillId }) => drills.snapshot(drillId),
    'drill.updateFacts': ({ drillId, facts }) =>
      ack(drills.record(drillId, { kind: 'drill.facts', roleId: null, text: facts.name, data: { facts } })),
    'clock.start': ({ drillId }) => ack(drills.start(drillId)),
    'clock.pause': ({ drillId }) => ack(drills.pause(drillId)),
    'clock.resume': ({ drillId }) => ack(drills.resume(drillId)),
    'clock.finish': ({ drillId }) => ack(drills.finish(drillId)),
    'drill.decideGap': ({ drillId, counts }) => ack(drills.decideGap(drillId, counts)),
    'phase.next': ({ drillId }) => ack(drills.nextPhase(drillId)),
    'inject.release': ({ drillId, injectId }) => ack(drills.release(drillId, injectId, true)),
    'inject.acknowledge': ({ drillId, injectId, roleId }) =>
      ack(drills.record(drillId, { kind: 'inject.acknowledged', roleId, text: '', data: { injectId } })),
    'entry.log': ({ drillId, kind, roleId, text, injectId, actionId, milestone, audience, severity, reportForm, occurredMs }) =>
      ack(
        drills.record(drillId, {
          kind,
          roleId,
          text: text.trim(),
          data: { injectId, actionId, milestone, audience, ...(occurredMs !== undefined ? { occurredMs } : {}), ...(severity ? { severity } : {}), ...(reportForm ? { reportForm } : {}) } as never,
        }),
      ),
    'entry.correct': ({ drillId, seq, text, void: isVoid, roleId }) =>
      ack(drills.record(drillId, { kind: 'correction', roleId: roleId ?? null, text: text.trim(), data: { corrects: seq, void: isVoid } })),
    'entry.star': ({ drillId, seq, starred }) =>
      ack(drills.record(drillId, { kind: 'star', roleId: null, text: '', data: { target: seq, starred } })),
    'task.done': ({ drillId, roleId, taskId }) => {
      const role = drills.state(drillId).scenario.roles.find((r) => r.id === roleId);
      const task = role?.tasks.find((t) => t.id === taskId);
      return ack(drills.record(drillId, { kind: 'task.done', roleId, text: task?.text ?? '', data: { taskId } }));
    },
    'review.score': ({ drillId, target, targetId, rating, remark, roleId }) =>
      ack(drills.record(drillId, { kind: 'score', roleId: roleId ?? 'evaluator', text: remark.trim() || rating, data: { target, targetId, rating } })),
    'review.lesson': ({ drillId, category, text, roleId }) =>
      ack(drills.record(drillId, { kind: 'lesson', roleId: roleId ?? null, text: text.trim(), data: { category } })),
    'review.improvement': ({ drillId, measure, owner, due, start, capability }) =>
      ack(drills.record(drillId, { kind: 'improvement', roleId: null, text: measure.trim(), data: { owner, due, start, capability } })),
    'minutes.export': ({ drillId }) => s.exportMinutes(drillId),
    'archive.export': ({ drillId }) => s.exportArchive(drillId),
    'archive.import': ({ name }) => s.importArchive(name),
    'window.projector': async ({ drillId, open }) => {
      drills.state(drillId);
      return { open: await s.ports.projector(drillId, open) };
    },
    'scenario.importMsel': (input) => importMsel(s.scenarios, input),
    'evidence.attach': (input) => {
      const e = attachEvidence(drills, s.evidence, input);
      return { seq: e.seq, attachments: e.data.attachments ?? [] };
    },
    'evidence.read': ({ drillId, sha256 }) => readEvidence(drills, s.evidence, drillId, sha256),
    'projector.spotlight': ({ drillId, injectId, form }) => ack(spotlight(drills, drillId, injectId, form)),
  };
}
