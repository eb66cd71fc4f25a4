// Real drills for the ledger and roll-up tests: created, run and reviewed through the dispatch, as the app does.
import type { CallInput, CallName, CallOutput } from '../../shared/ipc/contract';
import type { World } from './world';
import { MIN } from './world';

/** A test world or an e2e room: services and the simulated clock they run on. */
type Place = Pick<World, 'services' | 'clock'>;

export async function call<N extends CallName>(w: Place, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const res = await w.services.dispatch(name, input);
  if (!res.ok) throw new Error(`${name}: ${JSON.stringify(res.error)}`);
  return res.value as CallOutput<N>;
}

export interface DrillPlan {
  name: string;
  branch: string;
  /** Minutes from discovery to the report (transfer-failure's target is 15). */
  reportMin: number;
  /** A text logged as the report (for quoting and formula-injection checks). */
  reportText?: string;
  /** Extra observations, to make a longer journal. */
  extraLogs?: number;
  improvement?: { measure: string; owner: string; due: string };
}

/** A transfer-failure drill run to its finish: discovery, a report, the scores and one improvement measure. */
export async function runDrill(w: Place, plan: DrillPlan): Promise<string> {
  const { drillId } = await call(w, 'drill.create', {
    scenarioId: 'transfer-failure',
    facts: { name: plan.name, branch: plan.branch, participants: { commander: '王强', spokesperson: '赵六、孙七' } },
  });
  await call(w, 'clock.start', { drillId });
  w.clock.advance(2 * MIN);
  await call(w, 'entry.log', { drillId, kind: 'observation', roleId: 'customer_service', text: '客服接到转账失败投诉', milestone: 'discovered' });
  for (let i = 0; i < (plan.extraLogs ?? 0); i++) {
    w.clock.advance(1000);
    await call(w, 'entry.log', { drillId, kind: 'observation', roleId: 'monitoring', text: `舆情监测第 ${i + 1} 条` });
  }
  w.clock.advance(plan.reportMin * MIN);
  await call(w, 'entry.log', { drillId, kind: 'communication', roleId: 'customer_service', text: plan.reportText ?? '向组长报告', milestone: 'reported' });
  w.clock.advance(5 * MIN);
  await call(w, 'clock.finish', { drillId });
  await call(w, 'review.score', { drillId, target: 'objective', targetId: 'obj-report', rating: 'M', remark: '' });
  await call(w, 'review.score', { drillId, target: 'objective', targetId: 'obj-report', rating: 'S', remark: '复核后改评' });
  if (plan.improvement) await call(w, 'review.improvement', { drillId, ...plan.improvement });
  return drillId;
}
