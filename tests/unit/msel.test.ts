// MSEL import (pure): a spreadsheet of injects read by its Chinese headers, every bad cell named by line and column, nothing out until clean.
import { describe, expect, it } from 'vitest';
import { checkPack, InjectSchema } from '../../shared/domain/scenario';
import { formatMselProblem, parseMsel, type MselCheck } from '../../shared/scenario/msel';
import { readMinutes } from '../../shared/scenario/mselColumns';
import { DEFAULT_ROLES, rolesOfPack } from '../../shared/scenario/roles';
import { parseCsv } from '../../shared/scenario/csv';
import { BAD, GOOD } from '../fixtures/msel/content';
import { seedPack } from '../helpers/entries';

const HEADER = '序号,时间,渠道,发送方,内容,接收角色,预期行动,时限';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const problems = (r: MselCheck) => (r.ok ? [] : r.problems.map((p) => formatMselProblem(p)));
const injects = (r: MselCheck) => {
  if (!r.ok) throw new Error(problems(r).join('\n'));
  return r.injects;
};

describe('reading an MSEL spreadsheet', () => {
  it('turns a clean schedule into valid injects, in file order', () => {
    const list = injects(parseMsel(GOOD));
    expect(list.map((j) => j.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6']);
    expect(list.map((j) => j.offsetMin)).toEqual([2, 15, 25, 40, 55, 70]);
    for (const j of list) expect(InjectSchema.safeParse(j).success).toBe(true);
    // They drop straight into a pack with the default roles.
    const pack = seedPack('anonymous-email');
    expect(checkPack({ ...pack, injects: list }).ok).toBe(true);
  });

  it('maps the Chinese channel names and aliases to channel ids', () => {
    expect(injects(parseMsel(GOOD)).map((j) => j.channel)).toEqual(['email', 'weibo', 'hotline', 'video', 'journalist', 'regulator']);
    const all = csv(
      ...['微博', '微信公众号', '新闻网站', '短视频', '投诉热线', '邮件', '记者来电', '监管问询', '内部报告', ' 视频号 '].map((ch, i) => `${i + 1},${i},${ch},某人,内容,总指挥,,`),
    );
    expect(injects(parseMsel(all)).map((j) => j.channel)).toEqual(['weibo', 'wechat', 'news', 'video', 'hotline', 'email', 'journalist', 'regulator', 'internal', 'video']);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
    const [email, weibo, , , journalist] = injects(parseMsel(GOOD));
    expect(email!.content).toBe('举报XX支行柜员离柜不锁屏,代客户签字办理业务。');
    expect(weibo!.content).toBe('网友爆料:"存钱的地方这么乱,谁还敢去?"\n照片和截图都在这里。');
    expect(journalist!.content).toBe('询问网传"支行内部管理混乱"是否属实。');
  });

  it('reads several roles in one cell, separated by 、 ; ； / ， or ,', () => {
    const list = injects(
      parseMsel(csv('1,1,微博,a,b,舆情监测、总指挥,,', '2,2,微博,a,b,舆情监测;总指挥,,', '3,3,微博,a,b,舆情监测；总指挥,,', '4,4,微博,a,b,舆情监测/总指挥,,', '5,5,微博,a,b,舆情监测，总指挥,,', '6,6,微博,a,b,"舆情监测, commander",,')),
    );
    for (const j of list) expect(j.targetRoles).toEqual(['monitoring', 'commander']);
  });

  it('knows a role by its id, Chinese name, English name or a common other word', () => {
    const [j] = injects(parseMsel(csv('1,1,微博,a,b,组长、spokesperson、Customer service、客服、发言人,,')));
    expect(j!.targetRoles).toEqual(['commander', 'spokesperson', 'customer_service']);
  });

  it('gives each line of the expected action its own action, with the deadline, owned by a named role or the first target', () => {
    const weibo = injects(parseMsel(GOOD))[1]!;
    expect(weibo.expectedActions).toEqual([
      { id: 'a1', text: '开展全网检索,报告转评量', roleId: 'monitoring', deadlineMin: 20, kind: 'action' },
      { id: 'a2', text: '起草临时答问口径', roleId: 'spokesperson', deadlineMin: 20, kind: 'action' },
    ]);
    expect(injects(parseMsel(GOOD))[3]!.expectedActions).toEqual([]);
  });

  it('reads the time as minutes written the usual ways', () => {
    const cases: [string, number | undefined][] = [
      ['15', 15], ['T+15', 15], ['t+ 15', 15], ['T＋15', 15], ['00:15', 15], ['1:05', 65], ['T+01:05:30', 65.5], ['15分钟', 15], ['15 分', 15],
      ['15min', 15], ['1小时30分钟', 90], ['2h', 120], ['7.5', 7.5], ['十五', undefined], ['-5', undefined], ['00:75', undefined], ['', undefined],
    ];
    for (const [cell, minutes] of cases) expect(readMinutes(cell), cell).toBe(minutes);
  });

  it('accepts English and variant headers in any order, and ignores extra columns it does not know', () => {
    const text = ['备注,Content,T+(分钟),Channel,From,Roles,Deadline (min),预期动作,No.', '随便写,正文,5,Weibo,@x,monitoring,10,报告,A-1'].join('\n');
    const [j] = injects(parseMsel(text));
    expect(j).toMatchObject({ id: 'm-A-1', offsetMin: 5, channel: 'weibo', sender: '@x', content: '正文', targetRoles: ['monitoring'] });
    expect(j!.expectedActions[0]).toMatchObject({ text: '报告', deadlineMin: 10 });
  });

  it('numbers rows without 序号 by their order, and skips blank rows Excel leaves at the end', () => {
    const text = ['时间,渠道,发送方,内容,接收角色', '5,微博,a,b,总指挥', ',,,,', '9,微博,a,c,总指挥', ',,,,', ''].join('\r\n');
    expect(injects(parseMsel(text)).map((j) => j.id)).toEqual(['m-1', 'm-2']);
  });
});

describe('a bad MSEL is refused whole, each problem named by its physical line and column', () => {
  it('names every bad cell of the bad fixture, counting the lines inside quoted cells', () => {
    const res = parseMsel(BAD);
    expect(res.ok).toBe(false);
    expect(problems(res)).toEqual([
      '第 4 行 “时间”: 无法识别的时间“十五分钟”:请写分钟数,如 15、T+15、00:15 或 15分钟',
      '第 5 行 “渠道”: 不能为空',
      '第 6 行 “接收角色”: 未知角色“外星人”(可用角色:总指挥、舆情监测、新闻发言、客户服务、技术保障、合规与法律、监管联络、记录员、评估员)',
      '第 7 行 “时限”: 填写了预期行动,请同时填写时限(分钟)',
    ]);
    expect(res).not.toHaveProperty('injects');
  });

  it('reports an unknown role with its line and column, and English too', () => {
    const res = parseMsel(csv('1,5,微博,a,b,总指挥、保安,,'));
    expect(res.ok ? null : res.problems).toEqual([
      expect.objectContaining({ line: 2, column: '接收角色', reasonEn: 'unknown role "保安"' }),
    ]);
    expect(res.ok ? '' : formatMselProblem(res.problems[0]!, 'en')).toBe('Line 2 "接收角色": unknown role "保安"');
  });

  it("checks roles against the pack's own roles when a pack is given", () => {
    const pack = seedPack('transfer-failure');
    const roles = rolesOfPack([...pack.roles, { id: 'vendor', name: '外包厂商', tasks: [] }]);
    const text = csv('1,5,内部报告,技术部,系统告警,外包厂商、技术保障,,');
    expect(problems(parseMsel(text))[0]).toContain('未知角色“外包厂商”');
    expect(injects(parseMsel(text, roles))[0]!.targetRoles).toEqual(['vendor', 'technology']);
    // A pack without the default aliases knows its roles by id and name only.
    expect(parseMsel(csv('1,5,微博,a,b,组长,,'), rolesOfPack(pack.roles)).ok).toBe(false);
    expect(parseMsel(csv('1,5,微博,a,b,组长,,'), DEFAULT_ROLES).ok).toBe(true);
  });

  it('names a missing column on the header line', () => {
    expect(problems(parseMsel('序号,时间,发送方,内容,接收角色\r\n1,5,a,b,总指挥\r\n'))).toEqual(['第 1 行 “渠道”: 表头缺少此列(可写作“渠道”)']);
  });

  it('catches an unquoted comma that pushed a cell past the last column', () => {
    expect(problems(parseMsel(csv('1,5,微博,a,内容,有逗号,总指挥,核实,10'))).join('\n')).toContain('第 2 行: 第 9 列“10”没有表头');
  });

  it('names a quote that is never closed, from the line it opens on', () => {
    expect(problems(parseMsel(csv('1,5,微博,a,"没有结尾,总指挥,,', '2,6,微博,a,b,总指挥,,')))[0]).toBe(
      '第 2 行: 引号未闭合:从此行开始的单元格缺少结尾的英文双引号',
    );
  });

  it('refuses a repeated 序号, a time past 24 hours, a zero deadline and heat out of range', () => {
    const text = [HEADER + ',热度', '1,5,微博,a,b,总指挥,,,', '1,T+25:00,微博,a,b,总指挥,核实,0,', '3,5,微博,a,b,总指挥,,,120'].join('\n');
    expect(problems(parseMsel(text))).toEqual([
      '第 3 行 “序号”: 序号“1”与第 2 行重复',
      '第 3 行 “时间”: 时间超过 24 小时',
      '第 3 行 “时限”: 无法识别的时限“0”:请写大于 0 的分钟数,如 30',
      '第 4 行 “热度”: 热度应为 0 到 100 之间的数字',
    ]);
  });

  it('names an empty file and a header without rows', () => {
    expect(problems(parseMsel(''))[0]).toMatch(/^第 1 行: 文件是空的/);
    expect(problems(parseMsel(HEADER + '\r\n'))).toEqual(['第 1 行: 表头之后没有任何注入行']);
  });

  it('reports cells the schema finds too long under their column', () => {
    expect(problems(parseMsel(csv(`1,5,微博,a,${'长'.repeat(4001)},总指挥,,`)))).toEqual(['第 2 行 “内容”: 过长(最多 4000 字)']);
  });
});

describe('the default roles', () => {
  it('are the nine roles both seed packs ship with', () => {
    for (const id of ['anonymous-email', 'transfer-failure'] as const)
      expect(DEFAULT_ROLES.map((r) => [r.id, r.name, r.nameEn])).toEqual(seedPack(id).roles.map((r) => [r.id, r.name, r.nameEn]));
  });
});

describe('the CSV reader', () => {
  it('keeps the physical line each record starts on', () => {
    const { records } = parseCsv('a,b\r\n"x\r\ny",z\n\nlast,1');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(records[1]!.fields.map((f) => f.value)).toEqual(['x\ny', 'z']);
  });
});
