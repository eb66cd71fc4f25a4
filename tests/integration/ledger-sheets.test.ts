// The spreadsheet exports read back by a second reader: openpyxl for .xlsx (rows, cell types, frozen header, widths), python csv for CSV.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, runDrill } from '../helpers/ledgerDrills';
import { makeWorld, type World } from '../helpers/world';

/** Every sheet of a workbook as openpyxl sees it: title, frozen pane, column widths, and each cell's Python type and value. */
const OPENPYXL = `
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    def cell(c):
        v = c.value
        t = type(v).__name__
        if isinstance(v, datetime.datetime): v = v.isoformat()
        return [t, v, c.number_format]
    out.append({
        'title': ws.title,
        'freeze': ws.freeze_panes,
        'widths': {k: d.width for k, d in ws.column_dimensions.items() if d.width},
        'rows': [[cell(c) for c in row] for row in ws.iter_rows()],
    })
print(json.dumps(out, ensure_ascii=False))
`;
type PyCell = [string, unknown, string];
interface PySheet {
  title: string;
  freeze: string | null;
  widths: Record<string, number>;
  rows: PyCell[][];
}
const readXlsx = (path: string) => JSON.parse(execFileSync('/usr/bin/python3', ['-c', OPENPYXL, path], { encoding: 'utf8', maxBuffer: 64 << 20 })) as PySheet[];
const readCsv = (path: string) =>
  JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', 'import sys, csv, json; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""))), ensure_ascii=False))', path], { encoding: 'utf8' }),
  ) as string[][];

const header = (s: PySheet) => s.rows[0]!.map((c) => c[1]);
const column = (s: PySheet, name: string) => {
  const i = header(s).indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${JSON.stringify(header(s))}`);
  return s.rows.slice(1).map((r) => r[i]!);
};

let w: World;
/** The second drill was set up 17 minutes after the simulated clock's start (2026-11-28 01:30 UTC): its wall time there. */
const wallIso = (drillId: string) => {
  const tz = w.services.drills.state(drillId).tzOffsetMin;
  const local = Date.UTC(2026, 10, 28, 1, 47, 0) - tz * 60_000;
  expect(w.services.drills.entries(drillId)[0]!.at).toBe(Date.UTC(2026, 10, 28, 1, 47, 0));
  return new Date(local).toISOString().slice(0, 19);
};
let ids: string[];
beforeAll(async () => {
  w = makeWorld();
  ids = [
    await runDrill(w, { name: '城东支行演练', branch: '城东支行', reportMin: 10, improvement: { measure: '完善上报流程', owner: '王强', due: '2026-11-30' } }),
    await runDrill(w, { name: '城西支行演练', branch: '城西支行', reportMin: 30, reportText: '=HYPERLINK("http://x","点我"), 第二行\n"引号"' }),
  ];
}, 120_000);
afterAll(() => w.dispose());

describe('the drill ledger as .xlsx', () => {
  it('has Chinese headers, a frozen header row, widths, dates as dates, counts as numbers and hashes as text', async () => {
    const saved = await call(w, 'ledger.exportDrills', { format: 'xlsx', language: 'zh-CN' });
    expect(saved.path).toMatch(/演练台账\.xlsx$/);
    const [ledger, byYear, byBranch] = readXlsx(saved.path!);
    expect(ledger!.title).toBe('演练台账');
    expect(ledger!.freeze).toBe('A2');
    expect(Object.keys(ledger!.widths).length).toBeGreaterThanOrEqual(20);
    expect(header(ledger!).slice(0, 4)).toEqual(['日期', '机构', '演练名称', '情景']);
    expect(ledger!.rows).toHaveLength(1 + ids.length);
    expect(column(ledger!, '日期').map((c) => [c[0], c[1]])).toEqual([
      ['datetime', '2026-11-28T00:00:00'],
      ['datetime', '2026-11-28T00:00:00'],
    ]);
    expect(column(ledger!, '日期')[0]![2]).toBe('yyyy-mm-dd');
    expect(column(ledger!, '机构').map((c) => c[1]).sort()).toEqual(['城东支行', '城西支行']);
    for (const name of ['参演人数', '指标达标', '指标总数', '记录条数', '整改未完成']) expect(column(ledger!, name).every((c) => c[0] === 'int'), name).toBe(true);
    const met = Object.fromEntries(ledger!.rows.slice(1).map((r) => [r[1]![1], r[header(ledger!).indexOf('指标达标')]![1]]));
    expect(met).toEqual({ 城东支行: 1, 城西支行: 0 });
    expect(column(ledger!, '参演人数').map((c) => c[1])).toEqual([3, 3]);
    const share = Object.fromEntries(ledger!.rows.slice(1).map((r) => [r[1]![1], r[header(ledger!).indexOf('达标率')]!]));
    expect(share['城东支行']).toEqual(['float', 0.2, '0.0%']);
    expect(share['城西支行']).toEqual(['int', 0, '0.0%']);
    const hashes = column(ledger!, '最终哈希');
    expect(hashes.every((c) => c[0] === 'str' && /^[0-9a-f]{64}$/.test(String(c[1])))).toBe(true);
    expect(column(ledger!, '备案码').every((c) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(String(c[1])))).toBe(true);
    expect(column(ledger!, '各目标评级').every((c) => String(c[1]).includes(': S'))).toBe(true);

    expect(byYear!.title).toBe('按年度');
    expect(byYear!.freeze).toBe('A2');
    expect(byYear!.rows.slice(1).map((r) => [r[0]![0], r[0]![1], r[1]![1], r[2]![1]])).toEqual([['int', 2026, 2, 1]]);
    const avg = byYear!.rows[0]!.findIndex((c) => c[1] === '发现→上报 平均（分钟）');
    // The first inject (released at T+1 min) marks the discovery; the reports came 10 and 30 minutes after T+2 min.
    expect(byYear!.rows[1]![avg]).toEqual(['int', 21, '0.0']);
    expect(byBranch!.rows.slice(1).map((r) => r[0]![1])).toEqual(['城东支行', '城西支行']);
  });

  it('has English headers when the UI is English, and keeps only the chosen year', async () => {
    const saved = await call(w, 'ledger.exportDrills', { format: 'xlsx', language: 'en', year: 2026 });
    const [ledger] = readXlsx(saved.path!);
    expect(ledger!.title).toBe('Drill ledger');
    expect(header(ledger!).slice(0, 4)).toEqual(['Date', 'Branch', 'Drill', 'Scenario']);
    expect(header(ledger!).join('')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(ledger!.rows).toHaveLength(3);
    const none = await call(w, 'ledger.exportDrills', { format: 'xlsx', language: 'en', year: 2025 });
    expect(readXlsx(none.path!)[0]!.rows).toHaveLength(1);
  });
});

describe('the improvement ledger as .xlsx', () => {
  it('lists each measure with its due date as a date and its status', async () => {
    const saved = await call(w, 'ledger.exportImprovements', { format: 'xlsx', language: 'zh-CN' });
    const [sheet] = readXlsx(saved.path!);
    expect(sheet!.title).toBe('整改台账');
    expect(sheet!.freeze).toBe('A2');
    expect(sheet!.rows).toHaveLength(2);
    expect(column(sheet!, '整改措施')[0]![1]).toBe('完善上报流程');
    expect(column(sheet!, '完成期限')[0]!.slice(0, 2)).toEqual(['datetime', '2026-11-30T00:00:00']);
    expect(column(sheet!, '状态')[0]![1]).toBe('待整改');
    expect(column(sheet!, '记录号')[0]![0]).toBe('int');
  });
});

describe("one drill's journal", () => {
  it('as .xlsx: one row per entry, times as local date-times, text kept as text (no formula)', async () => {
    const saved = await call(w, 'journal.export', { drillId: ids[1]!, format: 'xlsx', language: 'zh-CN' });
    const [sheet] = readXlsx(saved.path!);
    const entries = w.services.drills.entries(ids[1]!);
    expect(sheet!.rows).toHaveLength(1 + entries.length);
    expect(header(sheet!)).toEqual(['序号', '时间', '演练时钟', '类型', '阶段', '岗位', '内容', '已作废', '数据', '哈希', '前一哈希']);
    expect(column(sheet!, '序号').map((c) => c[1])).toEqual(entries.map((e) => e.seq));
    // The wall time the drill saw, in its own zone, stored zoneless (as Excel stores it).
    expect(column(sheet!, '时间')[0]!.slice(0, 3)).toEqual(['datetime', wallIso(ids[1]!), 'yyyy-mm-dd hh:mm:ss']);
    const texts = column(sheet!, '内容').map((c) => c[1]);
    expect(texts).toContain('=HYPERLINK("http://x","点我"), 第二行\n"引号"');
    expect(column(sheet!, '内容').every((c) => c[0] === 'str' || c[0] === 'NoneType')).toBe(true);
    expect(column(sheet!, '哈希').map((c) => c[1])).toEqual(entries.map((e) => e.hash));
  });

  it('as CSV: UTF-8 with BOM, RFC 4180 quoting, and a formula guard', async () => {
    const saved = await call(w, 'journal.export', { drillId: ids[1]!, format: 'csv', language: 'en' });
    expect(saved.path).toMatch(/\.csv$/);
    const bytes = readFileSync(saved.path!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const rows = readCsv(saved.path!);
    const entries = w.services.drills.entries(ids[1]!);
    expect(rows[0]).toEqual(['#', 'Time', 'Drill clock', 'Kind', 'Phase', 'Role', 'Text', 'Voided', 'Data', 'Hash', 'Previous hash']);
    expect(rows).toHaveLength(1 + entries.length);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    expect(rows[1]![1]).toBe(wallIso(ids[1]!).replace('T', ' '));
    const textCol = rows.map((r) => r[6]);
    expect(textCol).toContain(`'=HYPERLINK("http://x","点我"), 第二行\n"引号"`);
    expect(rows.slice(1).map((r) => r[9])).toEqual(entries.map((e) => e.hash));
  });
});
