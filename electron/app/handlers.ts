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
import { MAX_EVIDENCE_BYTES } from '../evidence/store';
import { spotlight } from '../drill/spotlight';
import type { Principal } from '../../shared/ipc/capabilities';
import { approvePlan, exportPaperFile } from '../papers/service';
import { checkIn, handOver } from '../drill/people';
import { carryOverOf, followUp, improvementLedgerOf } from '../drill/improvements';
import { drillLedgerOf, exportDrillLedger, exportImprovementLedger, exportJournal } from '../ledger/service';
import { importArchiveFolder, rollupProgress } from '../archive/rollup';
import { exportMinutesPdfFile } from '../minutes/pdfService';
import { controlHandlers } from '../drill/controlCell';

type Parsed<N extends CallName> = z.output<(typeof CALLS)[N]['input']>;
export type Handlers = { [N in CallName]: (input: Parsed<N>, principal: Principal) => CallOutput<N> | Promise<CallOutput<N>> };

const ack = (e: { seq: number }) => ({ seq: e.seq });
/** Every seat write names its seat in the entry's data; the facilitator's entries carry nothing extra. */
const seatOf = (p: Principal) => (p.kind !== 'facilitator' ? { seat: p.seatId } : {});

export function makeHandlers(s: Services): Handlers {
  const { drills } = s;
  return {
    // A seat is not told where the data folder is.
    'app.info': (_, p) => (p.kind === 'role' ? { ...s.info(), dataDir: '', dbPath: '' } : s.info()),
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
    'inject.acknowledge': ({ drillId, injectId, roleId }, p) =>
      ack(drills.record(drillId, { kind: 'inject.acknowledged', roleId, text: '', data: { injectId, ...seatOf(p) } })),
    'entry.log': ({ drillId, kind, roleId, text, injectId, actionId, milestone, audience, severity, reportForm, occurredMs, channel }, p) =>
      ack(
        drills.record(drillId, {
          kind,
          roleId,
          text: text.trim(),
          data: { injectId, actionId, milestone, audience, ...(occurredMs !== undefined ? { occurredMs } : {}), ...(severity ? { severity } : {}), ...(reportForm ? { reportForm } : {}), ...(channel ? { channel } : {}), ...seatOf(p) } as never,
        }),
      ),
    'entry.correct': ({ drillId, seq, text, void: isVoid, roleId }) =>
      ack(drills.record(drillId, { kind: 'correction', roleId: roleId ?? null, text: text.trim(), data: { corrects: seq, void: isVoid } })),
    'entry.star': ({ drillId, seq, starred }) =>
      ack(drills.record(drillId, { kind: 'star', roleId: null, text: '', data: { target: seq, starred } })),
    'task.done': ({ drillId, roleId, taskId }, p) => {
      const role = drills.state(drillId).scenario.roles.find((r) => r.id === roleId);
      const task = role?.tasks.find((t) => t.id === taskId);
      return ack(drills.record(drillId, { kind: 'task.done', roleId, text: task?.text ?? '', data: { taskId, ...seatOf(p) } }));
    },
    'review.score': ({ drillId, target, targetId, rating, remark, roleId }) =>
      ack(drills.record(drillId, { kind: 'score', roleId: roleId ?? 'evaluator', text: remark.trim() || rating, data: { target, targetId, rating } })),
    'review.lesson': ({ drillId, category, text, roleId }) =>
      ack(drills.record(drillId, { kind: 'lesson', roleId: roleId ?? null, text: text.trim(), data: { category } })),
    'review.verdict': ({ drillId, rating, text }) => ack(drills.record(drillId, { kind: 'verdict', roleId: null, text: text.trim(), data: { rating } })),
    'review.improvement': ({ drillId, measure, owner, due, start, capability, department, acceptance }) =>
      ack(
        drills.record(drillId, {
          kind: 'improvement',
          roleId: null,
          text: measure.trim(),
          data: { owner, due, start, capability, ...(department?.trim() ? { department: department.trim() } : {}), ...(acceptance?.trim() ? { acceptance: acceptance.trim() } : {}) },
        }),
      ),
    'minutes.export': ({ drillId }) => s.exportMinutes(drillId),
    'archive.export': ({ drillId }) => s.exportArchive(drillId),
    'archive.import': ({ name }) => s.importArchive(name),
    'window.projector': async ({ drillId, open }) => {
      drills.state(drillId);
      return { open: await s.ports.projector(drillId, open) };
    },
    'scenario.importMsel': (input) => importMsel(s.scenarios, input),
    'evidence.attach': (input, p) => {
      const claim = () => (input.uploads?.length ? s.evidenceDesk.claim(p, input.drillId, input.roleId, input.uploads) : []);
      const e = attachEvidence(drills, s.evidence, input, seatOf(p).seat, claim);
      return { seq: e.seq, attachments: e.data.attachments ?? [] };
    },
    'evidence.read': ({ drillId, sha256 }) => readEvidence(drills, s.evidence, drillId, sha256),
    'projector.spotlight': ({ drillId, injectId, form }) => ack(spotlight(drills, drillId, injectId, form)),
    'seats.interfaces': () => s.seats.interfaces(),
    'seats.open': ({ drillId, address, port }) => s.seats.open({ drillId, address, port }),
    'seats.close': () => s.seats.close(),
    'seats.status': () => s.seats.status(),
    'seats.revoke': ({ seatId }) => s.seats.revoke(seatId),
    'papers.export': ({ drillId, paper, filled }) => exportPaperFile(s, drillId, paper, filled),
    'plan.approve': ({ drillId, approver }) => approvePlan(s, drillId, approver),
    'attendance.checkIn': (input) => ack(checkIn(drills, input)),
    'role.handover': (input) => ack(handOver(drills, input)),
    'improvement.followup': (input) => {
      const e = followUp(drills, s.evidence, input);
      return { seq: e.seq, attachments: e.data.attachments ?? [] };
    },
    'ledger.improvements': ({ filter }) => improvementLedgerOf(drills, s.clock, filter),
    'review.carryOver': ({ drillId }) => carryOverOf(drills, s.clock, drillId),
    'ledger.drills': ({ year }) => drillLedgerOf(s, year),
    'ledger.exportDrills': (o) => exportDrillLedger(s, o),
    'ledger.exportImprovements': (o) => exportImprovementLedger(s, o),
    'journal.export': (o) => {
      drills.state(o.drillId);
      return exportJournal(s, o);
    },
    'archive.importFolder': ({ names }) => importArchiveFolder(s, names),
    'archive.importProgress': () => rollupProgress(s),
    'minutes.exportPdf': ({ drillId }) => exportMinutesPdfFile(s, drillId),
    'drill.archive': ({ drillId, archived }) => ack(drills.record(drillId, { kind: 'drill.archived', roleId: null, text: '', data: { archived } })),
    'evidence.pick': ({ drillId, roleId }) => s.evidenceDesk.pick(drillId, roleId),
    'evidence.ingest': ({ drillId, roleId, pick }) => s.evidenceDesk.ingestPick(drillId, roleId, pick),
    'evidence.cancel': ({ pick }) => s.evidenceDesk.cancel(pick),
    'evidence.view': ({ drillId, sha256 }, p) => s.evidenceDesk.view(p, drillId, sha256),
    'evidence.check': (meta, p) => ({ ...s.evidenceDesk.precheck(p, meta), limit: MAX_EVIDENCE_BYTES }),
    ...controlHandlers(s, seatOf),
    'library.save': ({ packText, sourceName }) => s.userPacks.save(packText, sourceName),
    'library.versions': ({ scenarioId }) => s.userPacks.versions(scenarioId),
    'library.get': ({ scenarioId, version }) => s.userPacks.get(scenarioId, version),
    'library.hide': ({ scenarioId }) => {
      s.userPacks.hide(scenarioId);
      return { hidden: true as const };
    },
  };
}
