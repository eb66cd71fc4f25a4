// `tsx tests/e2e/reviewFixScreenshots.ts`: the review with a corrected lesson and a correction form open, and the drill list
// with an archived drill shown under 显示已归档, in Chinese and English at 1920×1080 and 1024×768, into docs/screenshots/.
import { join } from 'node:path';
import { eachLanguageAndSize, SCREENSHOTS } from './eachLanguageAndSize';

const MIN = 60_000;
let ids: { done: string; hidden: string } | null = null;

await eachLanguageAndSize(async (room, lang, size, tag) => {
  const { drills, scenarios } = room.services;
  if (!ids) {
    const pack = scenarios.get('anonymous-email');
    const done = drills.create({ pack, facts: { name: 'XX支行匿名邮件举报舆情应急演练' }, language: 'zh-CN' });
    drills.start(done);
    room.clock.advance(40 * MIN);
    drills.finish(done);
    const lesson = drills.record(done, { kind: 'lesson', roleId: null, text: '舆情监测岗五分钟内发现帖文', data: { category: 'went_well' } });
    drills.record(done, { kind: 'correction', roleId: null, text: '舆情监测岗三分钟内发现微博帖文并上报', data: { corrects: lesson.seq, void: false } });
    drills.record(done, { kind: 'lesson', roleId: null, text: '对外口径审批经过三个层级用时过长', data: { category: 'problem' } });
    drills.record(done, { kind: 'improvement', roleId: null, text: '建立舆情信息共享台账', data: { owner: '办公室 张伟', due: '2027-03-31' } });
    const hidden = drills.create({ pack, facts: { name: '试跑(已归档)' }, language: 'zh-CN' });
    drills.record(hidden, { kind: 'drill.archived', roleId: null, text: '', data: { archived: true } });
    ids = { done, hidden };
  }
  const review = await room.open(`#/review?drill=${encodeURIComponent(ids.done)}&lang=${lang}&theme=dark`, size);
  await review.getByTestId('review-lessons').waitFor();
  const problem = drills.entries(ids.done).find((e) => e.kind === 'lesson' && e.text.startsWith('对外口径'))!;
  await review.getByTestId(`amend-${problem.seq}`).click();
  await review.getByTestId('review-lessons').scrollIntoViewIfNeeded();
  await review.waitForTimeout(300);
  await review.screenshot({ path: join(SCREENSHOTS, `review-correct-${tag}.png`) });
  await review.close();

  const list = await room.open(`#/?lang=${lang}&theme=dark`, size);
  await list.getByTestId('show-archived').getByRole('checkbox').check();
  await list.getByTestId(`archived-${ids.hidden}`).waitFor();
  await list.waitForTimeout(300);
  await list.screenshot({ path: join(SCREENSHOTS, `drill-list-archived-${tag}.png`) });
  await list.close();
  console.log(`saved review-correct-${tag}.png, drill-list-archived-${tag}.png`);
});
