// `npm run screenshots`: drives the browser host with a demo-ish running drill and saves PNGs of the console, a role
// panel and the projector with its opinion feed and heat curve (dark and light), and of a finished demo drill's
// review screen and replay, and the live drill's inject card, confirmation, spotlight and paused projector (both
// languages), at 1920×1080 and 1024×768 into docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../electron/app/paths';
import { demoFacts, runDemo } from '../../electron/drill/demo';
import type { LogKind } from '../../shared/domain/entry';
import type { MARKABLE_MILESTONES } from '../../shared/domain/milestones';
import { openRoom, type Room } from './harness';
import { shootLive } from './liveScreenshots';

const MIN = 60_000;
type MarkableMilestone = (typeof MARKABLE_MILESTONES)[number];
const OUT = resolve(REPO_ROOT, 'docs/screenshots');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

/** A drill 78 minutes in: three phases done (one over target), injects answered except by two roles, tasks ticked. */
export function stageDrill(room: Room): string {
  const { drills, scenarios } = room.services;
  const pack = scenarios.get('anonymous-email');
  const id = drills.create({ pack, facts: { ...demoFacts(pack), name: 'XX支行匿名邮件举报舆情应急演练' }, language: 'zh-CN' });
  const log = (roleId: string, kind: LogKind, text: string, data: { injectId?: string; actionId?: string; milestone?: MarkableMilestone } = {}) =>
    drills.record(id, { kind, roleId, text, data: data as never });
  const answered = new Set<string>();
  const pending: { at: number; run: () => void }[] = [];
  const SILENT = new Set(['technology', 'regulator_liaison']);
  const plan = (minute: number, run: () => void) => pending.push({ at: minute * MIN, run });

  plan(4, () => log('monitoring', 'observation', '行长信箱收到匿名举报邮件,附模糊现场照片 6 张、疑似交易截图 3 张', { milestone: 'discovered' }));
  plan(9, () => log('commander', 'decision', '启动声誉风险应急预案,成立舆情应急小组,由总指挥统一指挥'));
  plan(12, () => log('scribe', 'observation', '应急小组成员 9 人全部到位'));
  plan(21, () => log('monitoring', 'observation', '微博相关帖子转发 120 次,评论以质疑为主'));
  plan(30, () => log('compliance', 'evidence', '调取营业厅 11 月 20 日监控录像,登记证据 E-01'));
  plan(44, () => log('customer_service', 'communication', '致电截图所涉客户 2 名,说明情况并致歉', {}));
  plan(58, () => log('spokesperson', 'decision', '对外口径初稿完成,待总指挥审批'));
  plan(70, () => log('compliance', 'action', '核实结论:截图中 1 笔业务存在违规代办,其余内容失实', { milestone: 'verified' }));
  plan(74, () => log('commander', 'decision', '批准对外声明,要求 30 分钟内发布'));
  // A phase's tasks are ticked as it ends (never before the injects they answer); the silent role only in the first.
  const tickPhase = (minute: number, phaseIndex: number) =>
    plan(minute, () => {
      for (const role of pack.roles) {
        if (role.id === 'technology' && phaseIndex > 0) continue;
        for (const task of role.tasks.filter((t) => t.phaseId === pack.phases[phaseIndex]?.id))
          drills.record(id, { kind: 'task.done', roleId: role.id, text: task.text, data: { taskId: task.id } });
      }
    });
  tickPhase(12, 0);
  tickPhase(39, 1);
  tickPhase(61, 2);

  drills.start(id);
  for (let minute = 1; minute <= 78; minute++) {
    room.clock.advance(MIN);
    if (minute === 20) {
      drills.pause(id);
      room.clock.advance(3 * MIN);
      drills.resume(id);
    }
    if (minute === 13 || minute === 40 || minute === 62) drills.nextPhase(id);
    if (minute === 61) drills.release(id, 'ae-c1', true);
    for (const r of drills.state(id).released) {
      if (answered.has(r.injectId)) continue;
      answered.add(r.injectId);
      const inj = pack.injects.find((j) => j.id === r.injectId)!;
      const released = Math.round(r.clockMs / MIN);
      plan(released + 1, () => drills.record(id, { kind: 'inject.acknowledged', roleId: inj.targetRoles[0]!, text: '', data: { injectId: inj.id } }));
      for (const a of inj.expectedActions) {
        if (SILENT.has(a.roleId) || (inj.id === 'ae-04' && a.id === 'a1')) continue;
        plan(released + Math.max(1, Math.floor(a.deadlineMin / 2)), () =>
          log(a.roleId, a.kind, `${a.text}——已落实`, { injectId: inj.id, actionId: a.id, ...(a.milestone ? { milestone: a.milestone as MarkableMilestone } : {}) }),
        );
      }
    }
    const now = drills.clockNow(id);
    pending.sort((a, b) => a.at - b.at);
    while (pending[0] && pending[0].at <= now) pending.shift()!.run();
  }
  const wrong = drills.entries(id).find((e) => e.text.startsWith('微博相关帖子'))!;
  drills.record(id, { kind: 'correction', roleId: 'monitoring', text: '微博相关帖子转发 1,200 次,评论以质疑为主', data: { corrects: wrong.seq, void: false } });
  const star = drills.entries(id).find((e) => e.text.startsWith('启动声誉风险应急预案'))!;
  drills.record(id, { kind: 'star', roleId: null, text: '', data: { target: star.seq, starred: true } });
  return id;
}

export async function shoot(page: Page, name: string) {
  await page.waitForTimeout(1200); // let arrival animations settle
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const room = await openRoom({ wallStart: Date.UTC(2026, 10, 28, 1, 30, 0) });
  try {
    const id = stageDrill(room);
    const drillHash = `#/drill/${encodeURIComponent(id)}`;
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      const page = await room.open(`${drillHash}?theme=dark`, size);
      await page.getByTestId('console-clock').waitFor();
      await shoot(page, `console-${tag}`);
      await page.getByRole('tab', { name: '角色' }).click();
      await page.getByTestId('role-tile-commander').click();
      await page.getByTestId('role-panel-commander').waitFor();
      await shoot(page, `role-panel-${tag}`);
      await page.close();
      for (const theme of ['dark', 'light'] as const) {
        const proj = await room.open(`#/projector?drill=${encodeURIComponent(id)}&theme=${theme}`, size);
        await proj.getByTestId('proj-clock').waitFor();
        await shoot(proj, `projector-${theme}-${tag}`);
        await proj.close();
      }
    }
    await shootLive(room, id);
    const done = runDemo(room.services.drills, room.clock, room.services.scenarios.get('anonymous-email'));
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      const review = await room.open(`#/review?drill=${encodeURIComponent(done)}&theme=dark`, size);
      await review.getByTestId('review-scores').waitFor();
      await shoot(review, `review-${tag}`);
      await review.close();
      const replay = await room.open(`#/replay?drill=${encodeURIComponent(done)}&theme=dark`, size);
      await replay.getByTestId('replay-jump').fill('62');
      await replay.getByTestId('replay-jump').press('Enter');
      await shoot(replay, `replay-${tag}`);
      await replay.close();
    }
  } finally {
    await room.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'tests/e2e/screenshots.ts')) await main();
