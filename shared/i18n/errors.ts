// Error messages in Chinese and English: what went wrong and what to do about it.
import type { ErrorPayload } from '../ipc/errors';
import { describeProblem } from './problems';

export type Language = 'zh-CN' | 'en';

type Catalogue = Record<string, string>;

const zh: Catalogue = {
  'invalid_input': '输入有误:{detail}。请检查后重试。',
  'invalid_input.empty_text': '内容不能为空。请输入记录内容后再提交。',
  'invalid_input.unknown_role': '角色“{roleId}”不在本次演练中。请选择列表中的角色。',
  'invalid_input.unknown_task': '任务“{taskId}”不属于该角色。',
  'invalid_input.unknown_inject': '情景注入“{injectId}”不在本剧本中。',
  'invalid_input.unknown_entry': '第 {seq} 条记录不存在。',
  'invalid_input.fields': '输入有误,请修改以下字段后重试。',
  'unknown_call': '未知的调用“{name}”。',
  'bridge_missing': '演练台窗口未能连接主程序(预加载脚本未载入),未发送任何操作。请关闭后重新打开演练台;若反复出现,请重新安装。',
  'forbidden_sender': '拒绝来自非本应用页面的调用。',
  'not_found.drill': '找不到演练“{drillId}”。它可能已被删除或属于其他数据库。',
  'not_found.scenario': '找不到剧本“{scenarioId}”。',
  'not_found.file': '找不到文件:{path}',
  'bad_state.not_ready': '演练已开始,不能再次开始。',
  'bad_state.not_running': '演练未在进行中,无法执行此操作。',
  'bad_state.not_paused': '演练未暂停,无法继续。',
  'bad_state.finished': '演练已结束,记录为只读。',
  'bad_state.not_started': '演练尚未开始。请先点击“开始演练”。',
  'bad_state.last_phase': '已是最后一个阶段。如已完成,请点击“结束演练”。',
  'bad_state.already_released': '情景注入“{injectId}”已经发布。',
  'bad_state.read_only': '该演练为导入的只读档案,不能修改。',
  'bad_state.already_done': '该任务已完成。',
  'bad_state.not_released': '情景注入“{injectId}”尚未发布,不能投屏。请先发布。',
  'bad_state.not_a_post': '情景注入“{injectId}”不是公开渠道的帖子,请以情景卡投屏。',
  'bad_state.no_spotlight': '大屏当前没有投屏聚焦的内容。',
  'bad_pack': '剧本文件无效,请修改以下字段后重新导入。',
  'bad_pack.json': '剧本文件不是有效的 JSON:{detail}',
  'db_newer': '数据库由更新版本的演练台创建(版本 {found},本程序支持到 {supported})。请升级演练台后再打开;文件未被修改。',
  'db_corrupt': '数据库文件已损坏或不是演练台数据库:{path}。文件未被修改,请从备份恢复或选择其他数据目录。',
  'db_readonly': '数据目录只读,无法写入:{path}。请选择可写的目录。',
  'db_busy': '数据库正被另一个程序使用:{path}。请关闭其他正在运行的演练台窗口后重试。',
  'db_network': '数据目录位于网络共享({kind})上:{path}。演练记录库在网络共享上无法可靠加锁和写入,未做任何修改。请联系信息科技部门,将该目录改为本机磁盘上的目录。',
  'disk_full': '磁盘空间不足,记录未能写入。请释放空间后重试;已保存的记录不受影响。',
  'io': '读写文件失败:{detail}',
  'chain_broken': '完整性校验失败:演练 {drillId} 第 {seq} 条记录{reason}。',
  'bad_archive': '演练档案无效:{detail}。未导入任何内容。',
  'bad_msel': '注入表(MSEL)有 {count} 处错误,未导入任何内容。请按行修改后重新导入。',
  'bad_msel.too_large': '注入表文件过大(上限 {limitMiB} MiB)。请确认选择的是 CSV 注入表。',
  'bad_evidence.too_large': '附件“{name}”有 {sizeMiB} MiB,超过 {limitMiB} MiB 的上限,未保存任何附件。请压缩或截取后再附上。',
  'bad_evidence.name': '附件名称“{name}”不可用:{reason}。请改名后再附上;未保存任何附件。',
  'bad_evidence.mime': '附件“{name}”的文件类型“{mime}”无法识别。',
  'bad_evidence.damaged': '证据文件 {sha256} 与登记的哈希不符,可能已被改动或损坏。',
  'not_found.evidence': '本次演练没有哈希为 {sha256} 的证据附件。',
  'not_found.evidence_file': '证据附件 {name}({sha256})不在数据目录中。若此演练是导入的档案,附件可能未随档案带入。',
  'internal': '内部错误:{detail}。记录未受影响,请重试;若反复出现请联系技术支持。',
};

const en: Catalogue = {
  'invalid_input': 'Invalid input: {detail}. Please check and try again.',
  'invalid_input.empty_text': 'The text must not be empty. Type what happened, then submit.',
  'invalid_input.unknown_role': 'Role "{roleId}" is not part of this drill. Pick a role from the list.',
  'invalid_input.unknown_task': 'Task "{taskId}" does not belong to this role.',
  'invalid_input.unknown_inject': 'Inject "{injectId}" is not in this scenario.',
  'invalid_input.unknown_entry': 'Entry #{seq} does not exist.',
  'invalid_input.fields': 'Invalid input. Fix the fields below and try again.',
  'unknown_call': 'Unknown call "{name}".',
  'bridge_missing': 'This window could not connect to the app (its preload script did not load); nothing was sent. Close and reopen DrillRoom; if it happens again, reinstall it.',
  'forbidden_sender': 'Calls from pages outside the app are refused.',
  'not_found.drill': 'Drill "{drillId}" was not found.',
  'not_found.scenario': 'Scenario "{scenarioId}" was not found.',
  'not_found.file': 'File not found: {path}',
  'bad_state.not_ready': 'The drill has already started.',
  'bad_state.not_running': 'The drill is not running.',
  'bad_state.not_paused': 'The drill is not paused.',
  'bad_state.finished': 'The drill has finished; its record is read-only.',
  'bad_state.not_started': 'The drill has not started. Press Start first.',
  'bad_state.last_phase': 'This is the last phase. Finish the drill when done.',
  'bad_state.already_released': 'Inject "{injectId}" is already released.',
  'bad_state.read_only': 'This drill is an imported archive and is read-only.',
  'bad_state.already_done': 'This task is already done.',
  'bad_state.not_released': 'Inject "{injectId}" has not been released; release it before putting it on the projector.',
  'bad_state.not_a_post': 'Inject "{injectId}" is not a public post; put it on the projector as a card.',
  'bad_state.no_spotlight': 'Nothing is in the spotlight on the projector.',
  'bad_pack': 'The scenario file is invalid. Fix the fields below and import it again.',
  'bad_pack.json': 'The scenario file is not valid JSON: {detail}',
  'db_newer': 'The database was made by a newer DrillRoom (version {found}; this one supports up to {supported}). Upgrade DrillRoom to open it; the file was not changed.',
  'db_corrupt': 'The database file is damaged or is not a DrillRoom database: {path}. It was not changed; restore a backup or choose another data folder.',
  'db_readonly': 'The data folder is read-only: {path}. Choose a writable folder.',
  'db_busy': 'The database is in use by another program: {path}. Close other DrillRoom windows and try again.',
  'db_network': 'The data folder is on a network share ({kind}): {path}. The drill journal cannot be locked and written reliably there; nothing was changed. Ask IT to make this folder one on a local disk.',
  'disk_full': 'The disk is full; the entry was not written. Free some space and try again; saved entries are safe.',
  'io': 'Reading or writing a file failed: {detail}',
  'chain_broken': 'Integrity check failed: drill {drillId}, entry #{seq} {reason}.',
  'bad_archive': 'The drill archive is invalid: {detail}. Nothing was imported.',
  'bad_msel': 'The inject list (MSEL) has {count} problem(s); nothing was imported. Fix the rows below and import it again.',
  'bad_msel.too_large': 'The inject list file is too large (limit {limitMiB} MiB). Check that you picked the CSV inject list.',
  'bad_evidence.too_large': 'Attachment "{name}" is {sizeMiB} MiB, over the {limitMiB} MiB limit; no attachment was saved. Compress or crop it and attach it again.',
  'bad_evidence.name': 'Attachment name "{name}" cannot be used: {reasonEn}. Rename the file and attach it again; no attachment was saved.',
  'bad_evidence.mime': 'Attachment "{name}" has an unrecognised file type "{mime}".',
  'bad_evidence.damaged': 'Evidence file {sha256} does not match its registered hash; it may have been changed or damaged.',
  'not_found.evidence': 'This drill has no evidence attachment with hash {sha256}.',
  'not_found.evidence_file': 'Evidence attachment {name} ({sha256}) is not in the data folder. If this drill was imported from an archive, its attachments may not have come with it.',
  'internal': 'Internal error: {detail}. Your records are safe; try again, and contact support if it repeats.',
};

const CATALOGUES: Record<Language, Catalogue> = { 'zh-CN': zh, en };

export function errorMessage(p: Pick<ErrorPayload, 'code' | 'key' | 'params' | 'problems'>, lang: Language): string {
  const cat = CATALOGUES[lang];
  const template = cat[p.key] ?? cat[p.code] ?? cat['internal']!;
  let msg = template.replace(/\{(\w+)\}/g, (_, k: string) => String(p.params[k] ?? (k === 'detail' ? p.key : '')));
  if (p.problems?.length)
    msg +=
      '\n' +
      p.problems
        .map((q) => {
          if (lang === 'en') return `• ${q.fieldEn ?? q.field}: ${q.reasonEn ?? q.reason}`;
          const zh = describeProblem(q, 'zh-CN');
          return `• ${zh.field}: ${zh.reason}`;
        })
        .join('\n');
  return msg;
}
