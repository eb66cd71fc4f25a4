// Error messages in Chinese and English: what went wrong and what to do about it.
import type { ErrorPayload } from '../ipc/errors';
import { describeProblem } from './problems';
import { archiveReasonText, isArchiveReason } from './archiveReasons';

export type Language = 'zh-CN' | 'en';

type Catalogue = Record<string, string>;

const zh = {
  'invalid_input': '输入有误:{detail}。请检查后重试。',
  'invalid_input.empty_text': '内容不能为空。请输入记录内容后再提交。',
  'invalid_input.cli_unknown_command': '未知命令“{command}”。可用的命令见下。',
  'invalid_input.cli_unknown_option': '未知选项 {option}。请按下面的用法检查命令。',
  'invalid_input.cli_missing_value': '选项 {option} 缺少取值。',
  'invalid_input.cli_extra_argument': '多余的参数“{arg}”。请按下面的用法检查命令。',
  'invalid_input.cli_missing': '缺少 {what}。',
  'invalid_input.unknown_role': '角色“{roleId}”不在本次演练中。请选择列表中的角色。',
  'invalid_input.unknown_task': '任务“{taskId}”不属于该角色。',
  'invalid_input.unknown_inject': '情景注入“{injectId}”不在本剧本中。',
  'invalid_input.unknown_entry': '第 {seq} 条记录不存在。',
  'invalid_input.occurred_format': '发生时间“{text}”无法识别。请按 T+时:分:秒 填写,例如 T+00:12:30;留空表示现在。',
  'invalid_input.occurred_before_start': '发生时间不能早于演练开始(T+00:00:00)。请填写演练开始后的时间;未写入任何内容。',
  'invalid_input.occurred_future': '发生时间 {occurred} 晚于当前演练时间 {now}。补记只能记录已经发生的事,请改为不晚于当前的时间。',
  'invalid_input.fields': '输入有误,请修改以下字段后重试。',
  'invalid_input.minutes_unreadable': '{path} 不是可读取的 Word 纪要({detail})。请选择演练台导出的 .docx 纪要。',
  'invalid_input.minutes_no_anchor': '{path} 中找不到演练台写入的纪要凭据(演练编号、记录条数、最终哈希)。请选择演练台导出的纪要原件。',
  'invalid_input.broken_text': '“{field}”含有不完整的字符(半个代理对),无法原样保存。请删除该字符后重试;未写入任何内容。',
  'invalid_input.not_target': '情景注入“{injectId}”不是发给角色“{roleId}”的,该角色不能签收。',
  'invalid_input.unknown_action': '应对要求“{actionId}”不属于情景注入“{injectId}”。请先选择情景注入,再选择它的应对要求。',
  'unknown_call': '未知的调用“{name}”。',
  'bridge_missing': '演练台窗口未能连接主程序(预加载脚本未载入),未发送任何操作。请关闭后重新打开演练台;若反复出现,请重新安装。',
  'forbidden_sender': '拒绝来自非本应用页面的调用。',
  'not_found.drill': '找不到演练“{drillId}”。它可能已被删除或属于其他数据库。',
  'not_found.scenario': '找不到剧本“{scenarioId}”。',
  'not_found.file': '找不到文件:{path}',
  'not_found.import_file': '导入目录中没有文件“{name}”。浏览器版无法直接读取本机文件:请先把档案复制到 {folder},再选择它导入。',
  'bad_state.not_ready': '演练已开始,不能再次开始。',
  'bad_state.not_running': '演练未在进行中,无法执行此操作。',
  'bad_state.not_paused': '演练未暂停,无法继续。',
  'bad_state.finished': '演练已结束,记录为只读。',
  'bad_state.not_started': '演练尚未开始。请先点击“开始演练”。',
  'bad_state.last_phase': '已是最后一个阶段。如已完成,请点击“结束演练”。',
  'bad_state.already_released': '情景注入“{injectId}”已经发布。',
  'bad_state.read_only': '该演练为导入的只读档案,不能修改。',
  'bad_state.already_done': '该任务已完成。',
  'bad_state.milestone_before_start': '演练尚未开始,不能标记时间节点“{milestone}”。请先点击“开始演练”。',
  'bad_state.not_released': '情景注入“{injectId}”尚未发布,不能签收。',
  'bad_state.void_setup': '第 1 条记录是演练设置,不能作废。如设置有误,请添加更正说明或新建演练。',
  'bad_state.void_of_void': '第 {seq} 条本身是作废更正,不能再作废。如需说明,请添加不作废的更正。',
  'bad_state.already_voided': '第 {seq} 条记录已作废。',
  'bad_state.already_archived': '该演练已归档。',
  'bad_state.not_archived': '该演练未归档,无需取消归档。',
  'bad_state.void_system': '第 {seq} 条是演练时钟或系统记录({kind}),不能作废:它记录的事已经发生。如有误,请添加不作废的更正说明,并用“继续”或“下一阶段”接着进行。',
  'bad_state.correct_correction': '第 {seq} 条本身是更正,请直接更正原记录第 {target} 条。',
  'bad_state.damaged': '演练“{drillId}”的记录无法读取:{detail}。该演练不能继续,但仍可校验完整性并导出档案;其他演练不受影响。',
  'bad_state.gap_undecided': '程序重启前后的间隔较长,无法确认这段时间演练是暂停还是在继续。请先回答:这段间隔计入暂停还是计入演练时间?',
  'bad_state.no_gap': '没有待确认的重启间隔。',
  'bad_state.spotlight_not_released': '情景注入“{injectId}”尚未发布,不能投屏。请先发布。',
  'bad_state.not_a_post': '情景注入“{injectId}”不是公开渠道的帖子,请以情景卡投屏。',
  'bad_state.no_spotlight': '大屏当前没有投屏聚焦的内容。',
  'bad_pack': '剧本文件无效,请修改以下字段后重新导入。',
  'db_newer': '数据库由更新版本的演练台创建(版本 {found},本程序支持到 {supported})。请升级演练台后再打开;文件未被修改。',
  'db_corrupt': '数据库文件已损坏或不是演练台数据库:{path}。文件未被修改,请从备份恢复或选择其他数据目录。',
  'db_readonly': '数据目录只读,无法写入:{path}。请选择可写的目录。',
  'db_busy': '数据库正被另一个程序使用:{path}。请关闭其他正在运行的演练台窗口后重试。',
  'db_network': '数据目录位于网络共享({kind})上:{path}。演练记录库在网络共享上无法可靠加锁和写入,未做任何修改。请联系信息科技部门,将该目录改为本机磁盘上的目录。',
  'db_busy.writer':
    '数据目录 {dir} 正被另一个演练台进程写入(演练台应用、浏览器主机或 cli demo),数据库 {path}。同一个数据库只能有一个写入者:请先关闭那个进程再重试。只读命令 verify、minutes、archive 可以同时使用。',
  'db_tampered.missing': '数据库的保护规则被删除(缺少触发器 {trigger}):{path}。演练台不打开这样的文件,文件未被修改。请交由信息科技或审计部门核查,并以档案和纸质纪要上的凭据核对记录。',
  'db_tampered.altered': '数据库的保护规则被改动(触发器 {trigger} 与演练台创建的不同):{path}。演练台不打开这样的文件,文件未被修改。请交由信息科技或审计部门核查,并以档案和纸质纪要上的凭据核对记录。',
  'disk_full': '磁盘空间不足,记录未能写入。请释放空间后重试;已保存的记录不受影响。',
  'io': '读写文件失败:{detail}',
  'io.archive_too_large': '证据附件共 {sizeMiB} MiB，超过档案 4 GiB 的上限；未写入档案。',
  'chain_broken': '完整性校验失败:演练 {drillId} 第 {seq} 条记录{reason}。',
  'bad_archive': '演练档案无效：{reason}。未导入任何内容。',
  'bad_archive.already_imported': '演练 {drillId} 已在本机数据库中，无需重复导入；未导入任何内容。',
  'bad_msel': '注入表(MSEL)有 {count} 处错误,未导入任何内容。请按行修改后重新导入。',
  'bad_msel.too_large': '注入表文件过大(上限 {limitMiB} MiB)。请确认选择的是 CSV 注入表。',
  'bad_evidence.too_large': '附件“{name}”有 {sizeMiB} MiB,超过 {limitMiB} MiB 的上限,未保存任何附件。请压缩或截取后再附上。',
  'bad_evidence.name': '附件名称“{name}”不可用:{reason}。请改名后再附上;未保存任何附件。',
  'invalid_input.file_name': '文件名“{name}”不可用：{reason}。',
  'bad_evidence.damaged': '证据文件 {sha256} 与登记的哈希不符,可能已被改动或损坏。',
  'not_found.evidence': '本次演练没有哈希为 {sha256} 的证据附件。',
  'not_found.evidence_file': '证据附件 {name}({sha256})不在数据目录中。若此演练是导入的档案,附件可能未随档案带入。',
  'bad_evidence.type': '附件“{name}”的类型(.{ext})不能登记。可登记:图片、PDF、音频、视频和常用文档({allowed});未上传任何内容。',
  'bad_evidence.incomplete': '附件“{name}”未完整收到(收到 {got} 字节,应为 {size} 字节),未保存。请检查网络后重新上传。',
  'bad_evidence.cancelled': '已取消附件“{name}”的上传,未保存任何内容。',
  'not_found.upload': '找不到已上传的附件(可能已登记过、已过期或属于其他席位)。请重新选择文件上传。',
  'forbidden_seat.call': '席位“{roleId}”无权执行“{name}”。席位只能查看本演练、以本角色记录、签收和完成任务;未写入任何内容。',
  'forbidden_seat.drill': '该席位只属于它加入的演练,不能访问演练“{drillId}”;未写入任何内容。',
  'forbidden_seat.role': '该席位是角色“{own}”,不能以角色“{roleId}”操作;未写入任何内容。',
  'forbidden_seat.revoked': '该席位已被主持人收回或已失效。请向主持人索取新的加入码。',
  'forbidden_seat.rate': '操作过于频繁,请稍候几秒再试;未写入任何内容。',
  'seats.bad_code': '加入码无效、已用过或已过期。请核对大屏上的加入码后重试。',
  'seats.join_rate': '尝试加入次数过多,请一分钟后再试。',
  'seats.bad_address': '地址“{address}”不是本机的网络接口。请从列表中选择一个局域网地址。',
  'seats.listen_failed': '无法在 {address}:{port} 上开启分席位({detail})。端口可能被占用或被防火墙阻止。',
  // Official statements and the control cell (导演组).
  'invalid_input.statement_audience': '官方声明须面向公众(受众选“公众”)。未写入任何内容。',
  'invalid_input.not_public_channel': '“{channel}”不是公开渠道,舆情中看不到。请选择公开渠道:{allowed}。未写入任何内容。',
  'invalid_input.control_no_role': '导演组的帖子和临场注入不以任何角色的名义记录。未写入任何内容。',
  'invalid_input.reply_one': '一条评论只能回复一条帖子。未写入任何内容。',
  'invalid_input.reply_target': '“{target}”不是舆情中可评论的帖子。请在舆情中选择一条帖子或官方声明再评论。未写入任何内容。',
  'invalid_input.duplicate_inject': '情景注入编号“{injectId}”已存在。未写入任何内容。',
  'invalid_input.unknown_channel': '渠道“{channel}”不是演练台认识的渠道。未写入任何内容。',
  'forbidden_seat.control': '导演组席位无权执行“{name}”。导演组只能查看本演练、发布舆情帖子和评论、临场下发注入;未写入任何内容。',
  // Scenario library (我的剧本).
  'bad_pack.builtin_readonly': '“{id}”是内置剧本,不能覆盖。请点“另存为我的剧本”并换一个剧本编号。未保存任何内容。',
  'not_found.user_pack': '我的剧本中没有“{id}”{version}。',
  'internal': '内部错误:{detail}。记录未受影响,请重试;若反复出现请联系技术支持。',
  // Issue 13: the plan approval (演练方案审批).
  'bad_state.plan_after_start': '演练已开始，不能再批准方案。方案须在开始演练前批准；未写入任何内容。',
  'bad_state.plan_already_approved': '方案已由 {approver} 批准（第 {seq} 条记录），不能重复批准。',
  'invalid_input.plan_approver': '请填写批准人姓名后再批准方案。',
  'invalid_input.plan_hash': '批准的剧本版本（{given}）与本次演练的剧本版本（{version}）不一致，未批准。请重新打开演练后再批准。',
  // Improvement follow-ups, attendance and role handovers (issue 13, items 6 and 7).
  'invalid_input.unknown_improvement': '第 {seq} 条不是本演练的整改措施。请从整改措施列表中选择。',
  'bad_state.improvement_voided': '第 {seq} 条整改措施已作废,不能再跟进。',
  'bad_state.improvement_open': '该措施尚未开始整改(待整改),不能{reason}。请先标为“整改中”或“已完成”。',
  'bad_state.improvement_in_progress': '该措施正在整改中,不能{reason}。完成后请标为“已完成”。',
  'bad_state.improvement_done': '该措施已完成,不能{reason}。请进行验收;如需继续整改,请先“重新打开”。',
  'bad_state.improvement_accepted': '该措施已验收,不能{reason}。如需返工,请先“重新打开”。',
  'invalid_input.attendance_name': '签到需要填写姓名。',
  'invalid_input.attendance_capacity': '未选择岗位的签到,请注明是主持、评估还是观摩。',
  'bad_state.already_checked_in': '“{name}”已以相同身份签到,无需重复签到。',
  'bad_state.handover_not_started': '演练尚未开始,不能交接岗位。开始前如需换人,请直接以新人员签到。',
  'invalid_input.handover_role': '请选择要交接的参演岗位。',
  'invalid_input.handover_names': '交接需要填写交出人和接手人的姓名。',
  'invalid_input.handover_same': '交出人和接手人都是“{name}”。请填写接手该岗位的另一人。',
  'bad_state.handover_not_holder': '该岗位当前由“{holder}”担任,不是“{from}”。请以“{holder}”作为交出人。',
  'bad_state.rollup_running': '正在导入一批演练档案,请等它完成后再开始新的导入。',
  'bad_archive.other_record': '演练 {drillId} 已在本机数据库中,但记录与档案不同(本机最终哈希 {local}…,档案 {archive}…)。未导入该档案;请核对是否为同一演练的另一份导出。',
  'not_found.chromium': '本机未找到可用于生成 PDF 的 Chromium 内核浏览器(Chrome、Edge 或 Chromium),未生成 PDF。请安装其中之一,或用环境变量 DRILLROOM_CHROMIUM 指定其路径;也可在演练台桌面版中导出 PDF,或导出 Word 纪要。已查找:{looked}',
  'io.pdf_print': '生成 PDF 失败:{detail}。原有文件未受影响,请重试;也可先导出 Word 纪要。',
  'internal.core_stopped': '演练台的记录服务意外停止（{detail}）。已写入的记录都已保存，不会丢失；演练台将退出，请重新打开。',
} as const satisfies Catalogue;

/** Every error key: the Chinese catalogue names them; the English one must have each (a type error otherwise). */
export type ErrorKey = keyof typeof zh;
/** The code an error key belongs to: its part before the first dot. */
export type CodeOfKey<K extends string> = K extends `${infer C}.${string}` ? C : K;

const en: Record<ErrorKey, string> = {
  'invalid_input': 'Invalid input: {detail}. Please check and try again.',
  'invalid_input.empty_text': 'The text must not be empty. Type what happened, then submit.',
  'invalid_input.unknown_role': 'Role "{roleId}" is not part of this drill. Pick a role from the list.',
  'invalid_input.unknown_task': 'Task "{taskId}" does not belong to this role.',
  'invalid_input.unknown_inject': 'Inject "{injectId}" is not in this scenario.',
  'invalid_input.unknown_entry': 'Entry #{seq} does not exist.',
  'invalid_input.fields': 'Invalid input. Fix the fields below and try again.',
  'invalid_input.cli_unknown_command': 'Unknown command "{command}". The commands are listed below.',
  'invalid_input.cli_unknown_option': 'Unknown option {option}. Check the command against the usage below.',
  'invalid_input.cli_missing_value': 'Option {option} needs a value.',
  'invalid_input.cli_extra_argument': 'Unexpected argument "{arg}". Check the command against the usage below.',
  'invalid_input.cli_missing': 'Missing {what}.',
  'invalid_input.minutes_unreadable': '{path} is not a readable Word minutes file ({detail}). Choose the .docx minutes DrillRoom exported.',
  'invalid_input.minutes_no_anchor': '{path} holds no anchor written by DrillRoom (drill id, entry count, final hash). Choose the original minutes DrillRoom exported.',
  'invalid_input.broken_text': '"{field}" holds a broken character (half of a surrogate pair) that cannot be stored as it is. Delete it and try again; nothing was written.',
  'invalid_input.not_target': 'Inject "{injectId}" is not addressed to role "{roleId}"; that role cannot acknowledge it.',
  'invalid_input.unknown_action': 'Expected action "{actionId}" does not belong to inject "{injectId}". Pick the inject first, then one of its actions.',
  'unknown_call': 'Unknown call "{name}".',
  'bridge_missing': 'This window could not connect to the app (its preload script did not load); nothing was sent. Close and reopen DrillRoom; if it happens again, reinstall it.',
  'forbidden_sender': 'Calls from pages outside the app are refused.',
  'not_found.drill': 'Drill "{drillId}" was not found.',
  'not_found.scenario': 'Scenario "{scenarioId}" was not found.',
  'not_found.file': 'File not found: {path}',
  'not_found.import_file': 'There is no file "{name}" in the imports folder. The browser version cannot read files from this PC directly: copy the archive into {folder}, then pick it to import.',
  'bad_state.not_ready': 'The drill has already started.',
  'bad_state.not_running': 'The drill is not running.',
  'bad_state.not_paused': 'The drill is not paused.',
  'bad_state.finished': 'The drill has finished; its record is read-only.',
  'bad_state.not_started': 'The drill has not started. Press Start first.',
  'bad_state.last_phase': 'This is the last phase. Finish the drill when done.',
  'bad_state.already_released': 'Inject "{injectId}" is already released.',
  'bad_state.read_only': 'This drill is an imported archive and is read-only.',
  'bad_state.already_done': 'This task is already done.',
  'bad_state.milestone_before_start': 'The drill has not started; milestone "{milestone}" cannot be marked yet. Press Start first.',
  'bad_state.not_released': 'Inject "{injectId}" has not been released yet; it cannot be acknowledged.',
  'bad_state.void_setup': 'Entry #1 is the drill setup and cannot be voided. Add a correction note, or create a new drill.',
  'bad_state.void_of_void': 'Entry #{seq} is itself a voiding correction and cannot be voided. Add a plain correction to explain.',
  'bad_state.already_voided': 'Entry #{seq} is already void.',
  'bad_state.already_archived': 'This drill is already archived.',
  'bad_state.not_archived': 'This drill is not archived.',
  'invalid_input.occurred_format': 'Cannot read the time it happened, "{text}". Write it as T+hh:mm:ss, e.g. T+00:12:30; leave it empty for now.',
  'invalid_input.occurred_before_start': 'The time it happened cannot be before the drill started (T+00:00:00). Enter a time after the start; nothing was written.',
  'invalid_input.occurred_future': 'The time it happened ({occurred}) is later than the drill time now ({now}). A late entry records what has already happened: enter a time no later than now.',
  'bad_state.void_system': 'Entry #{seq} is a clock or system entry ({kind}) and cannot be voided: what it records has happened. If it was a mistake, add a correction note and carry on with Resume or Next phase.',
  'bad_state.correct_correction': 'Entry #{seq} is itself a correction. Correct the original entry #{target} instead.',
  'bad_state.damaged': 'The record of drill "{drillId}" cannot be read: {detail}. The drill cannot go on, but it can still be verified and archived; other drills are not affected.',
  'bad_state.gap_undecided': 'The gap around the restart is too long to tell whether the drill was paused or went on. Answer first: does the gap count as paused or as drill time?',
  'bad_state.no_gap': 'There is no restart gap to decide.',
  'bad_state.spotlight_not_released': 'Inject "{injectId}" has not been released; release it before putting it on the projector.',
  'bad_state.not_a_post': 'Inject "{injectId}" is not a public post; put it on the projector as a card.',
  'bad_state.no_spotlight': 'Nothing is in the spotlight on the projector.',
  'bad_pack': 'The scenario file is invalid. Fix the fields below and import it again.',
  'db_newer': 'The database was made by a newer DrillRoom (version {found}; this one supports up to {supported}). Upgrade DrillRoom to open it; the file was not changed.',
  'db_corrupt': 'The database file is damaged or is not a DrillRoom database: {path}. It was not changed; restore a backup or choose another data folder.',
  'db_readonly': 'The data folder is read-only: {path}. Choose a writable folder.',
  'db_busy': 'The database is in use by another program: {path}. Close other DrillRoom windows and try again.',
  'db_network': 'The data folder is on a network share ({kind}): {path}. The drill journal cannot be locked and written reliably there; nothing was changed. Ask IT to make this folder one on a local disk.',
  'db_busy.writer':
    'Another DrillRoom process (the app, the browser host or `cli demo`) is writing to the data folder {dir}, database {path}. A database has only one writer at a time: close that process and try again. The read-only commands verify, minutes and archive work meanwhile.',
  'db_tampered.missing': 'The database\'s protection rules were removed (trigger {trigger} is missing): {path}. DrillRoom does not open such a file; it was not changed. Have IT or audit examine it, and check the records against the anchors on the archive and the signed minutes.',
  'db_tampered.altered': 'The database\'s protection rules were changed (trigger {trigger} differs from the one DrillRoom created): {path}. DrillRoom does not open such a file; it was not changed. Have IT or audit examine it, and check the records against the anchors on the archive and the signed minutes.',
  'disk_full': 'The disk is full; the entry was not written. Free some space and try again; saved entries are safe.',
  'io': 'Reading or writing a file failed: {detail}',
  'io.archive_too_large': 'The evidence attachments total {sizeMiB} MiB, over the archive limit of 4 GiB; no archive was written.',
  'chain_broken': 'Integrity check failed: drill {drillId}, entry #{seq} {reason}.',
  'bad_archive': 'The drill archive is invalid: {reason}. Nothing was imported.',
  'bad_archive.already_imported': 'Drill {drillId} is already in this database; nothing was imported.',
  'bad_msel': 'The inject list (MSEL) has {count} problem(s); nothing was imported. Fix the rows below and import it again.',
  'bad_msel.too_large': 'The inject list file is too large (limit {limitMiB} MiB). Check that you picked the CSV inject list.',
  'bad_evidence.too_large': 'Attachment "{name}" is {sizeMiB} MiB, over the {limitMiB} MiB limit; no attachment was saved. Compress or crop it and attach it again.',
  'bad_evidence.name': 'Attachment name "{name}" cannot be used: {reason}. Rename the file and attach it again; no attachment was saved.',
  'invalid_input.file_name': 'The file name "{name}" cannot be used: {reason}.',
  'bad_evidence.damaged': 'Evidence file {sha256} does not match its registered hash; it may have been changed or damaged.',
  'not_found.evidence': 'This drill has no evidence attachment with hash {sha256}.',
  'not_found.evidence_file': 'Evidence attachment {name} ({sha256}) is not in the data folder. If this drill was imported from an archive, its attachments may not have come with it.',
  'bad_evidence.type': 'Attachment "{name}" is of a type (.{ext}) the register does not take. It takes images, PDFs, audio, video and common documents ({allowed}); nothing was uploaded.',
  'bad_evidence.incomplete': 'Attachment "{name}" did not arrive whole ({got} of {size} bytes) and was not saved. Check the network and upload it again.',
  'bad_evidence.cancelled': 'The upload of "{name}" was cancelled; nothing was saved.',
  'not_found.upload': 'The uploaded file was not found (already registered, expired, or another seat\'s). Pick the file and upload it again.',
  'forbidden_seat.call': 'Seat "{roleId}" may not call "{name}". A seat may read its drill, log as its role, sign for injects and complete its tasks; nothing was written.',
  'forbidden_seat.drill': 'This seat belongs to the drill it joined and cannot reach drill "{drillId}"; nothing was written.',
  'forbidden_seat.role': 'This seat is role "{own}" and cannot act as role "{roleId}"; nothing was written.',
  'forbidden_seat.revoked': 'This seat was revoked by the facilitator or has expired. Ask the facilitator for a new join code.',
  'forbidden_seat.rate': 'Too many requests: wait a few seconds and try again; nothing was written.',
  'seats.bad_code': 'The join code is wrong, used or expired. Check the code on the projector and try again.',
  'seats.join_rate': 'Too many join attempts: try again in a minute.',
  'seats.bad_address': 'Address "{address}" is not a network interface of this PC. Pick a LAN address from the list.',
  'seats.listen_failed': 'Seats could not be opened on {address}:{port} ({detail}). The port may be in use or blocked by the firewall.',
  // Official statements and the control cell.
  'invalid_input.statement_audience': 'An official statement is addressed to the public (audience: public). Nothing was written.',
  'invalid_input.not_public_channel': '"{channel}" is not a public channel and would not show in the feed. Pick a public channel: {allowed}. Nothing was written.',
  'invalid_input.control_no_role': 'Control cell posts and live injects are not logged as any role. Nothing was written.',
  'invalid_input.reply_one': 'A comment replies to one post only. Nothing was written.',
  'invalid_input.reply_target': '"{target}" is not a post in the feed that can take comments. Pick a post or an official statement in the feed first. Nothing was written.',
  'invalid_input.duplicate_inject': 'Inject id "{injectId}" is already taken. Nothing was written.',
  'invalid_input.unknown_channel': 'Channel "{channel}" is not one DrillRoom knows. Nothing was written.',
  'forbidden_seat.control': 'The control cell seat may not call "{name}". It may read its drill, write feed posts and comments, and release live injects; nothing was written.',
  // Scenario library (my scenarios).
  'bad_pack.builtin_readonly': '"{id}" is a built-in scenario and cannot be overwritten. Use "Save as my scenario" with a new scenario id. Nothing was saved.',
  'not_found.user_pack': 'My scenarios hold no "{id}"{version}.',
  'internal': 'Internal error: {detail}. Your records are safe; try again, and contact support if it repeats.',
  // Issue 13: the plan approval.
  'bad_state.plan_after_start': 'The drill has started; the plan can no longer be approved. Approve the plan before the start; nothing was written.',
  'bad_state.plan_already_approved': 'The plan was already approved by {approver} (entry #{seq}); it is approved once.',
  'invalid_input.plan_approver': 'Enter the approver\'s name before approving the plan.',
  'invalid_input.plan_hash': 'The scenario version approved ({given}) is not the version of this drill\'s scenario ({version}); nothing was approved. Reopen the drill and approve again.',
  // Improvement follow-ups, attendance and role handovers (issue 13, items 6 and 7).
  'invalid_input.unknown_improvement': 'Entry #{seq} is not an improvement measure of this drill. Pick one from the list of measures.',
  'bad_state.improvement_voided': 'Improvement measure #{seq} was voided; it cannot be followed up.',
  'bad_state.improvement_open': 'This measure has not been started (open); it cannot {reason}. Mark it in progress or done first.',
  'bad_state.improvement_in_progress': 'This measure is in progress; it cannot {reason}. Mark it done when it is.',
  'bad_state.improvement_done': 'This measure is done; it cannot {reason}. Accept it, or reopen it first if more work is needed.',
  'bad_state.improvement_accepted': 'This measure has been accepted; it cannot {reason}. Reopen it first if it needs more work.',
  'invalid_input.attendance_name': 'A check-in needs the person\'s name.',
  'invalid_input.attendance_capacity': 'A check-in without a role needs its capacity: facilitator, evaluator or observer.',
  'bad_state.already_checked_in': '"{name}" has already checked in in the same capacity.',
  'bad_state.handover_not_started': 'The drill has not started; a role cannot be handed over yet. Before the start, check the new person in instead.',
  'invalid_input.handover_role': 'Pick the role to hand over.',
  'invalid_input.handover_names': 'A handover needs the names of the person handing over and the person taking over.',
  'invalid_input.handover_same': 'Both the person handing over and the person taking over are "{name}". Enter the other person who takes the role.',
  'bad_state.handover_not_holder': 'The role is held by "{holder}", not "{from}". Hand it over from "{holder}".',
  'bad_state.rollup_running': 'A batch of drill archives is being imported: wait for it to finish before starting another.',
  'bad_archive.other_record': 'Drill {drillId} is already in this database, but its record differs from the archive (final hash here {local}…, in the archive {archive}…). The archive was not imported; check whether it is another export of the same drill.',
  'not_found.chromium': 'No Chromium-based browser (Chrome, Edge or Chromium) was found on this PC to make the PDF, so none was made. Install one or name it in the DRILLROOM_CHROMIUM environment variable; or export the PDF from the DrillRoom desktop app, or export the Word minutes. Looked in: {looked}',
  'io.pdf_print': 'Making the PDF failed: {detail}. No existing file was changed; try again, or export the Word minutes first.',
  'internal.core_stopped': 'The journal service of DrillRoom stopped unexpectedly ({detail}). Everything recorded so far is saved; DrillRoom will quit: please open it again.',
};

const CATALOGUES: Record<Language, Catalogue> = { 'zh-CN': zh, en };

/**
 * Reasons an error gives as a parameter (`{ reason: 'name_empty' }`): a key, never words, so each language says it
 * in its own words. A param called `reason` whose value is a key here is translated; anything else is shown as given.
 */
const REASONS_ZH = {
  name_empty: '名称为空',
  name_control: '名称含有控制字符',
  name_separator: '名称不能含有路径分隔符 / 或 \\',
  name_parent: '名称不能指向上级目录',
  name_reserved: '这是 Windows 保留的设备名',
  name_forbidden: '名称含有 Windows 不允许的字符 < > : " | ? *',
  name_trailing: '名称不能以点或空格结尾',
  name_too_long: '名称过长（最多 255 字节）',
  move_in_progress: '标为整改中',
  move_done: '标为已完成',
  move_accepted: '验收',
  move_reopened: '重新打开',
} as const satisfies Catalogue;
export type ReasonKey = keyof typeof REASONS_ZH;
const REASONS: Record<Language, Record<ReasonKey, string>> = {
  'zh-CN': REASONS_ZH,
  en: {
    name_empty: 'the name is empty',
    name_control: 'the name contains control characters',
    name_separator: 'the name must not contain a path separator / or \\',
    name_parent: 'the name must not point at a parent folder',
    name_reserved: 'it is a device name Windows reserves',
    name_forbidden: 'the name contains a character Windows does not allow (< > : " | ? *)',
    name_trailing: 'the name must not end with a dot or a space',
    name_too_long: 'the name is too long (at most 255 bytes)',
    move_in_progress: 'be marked in progress',
    move_done: 'be marked done',
    move_accepted: 'be accepted',
    move_reopened: 'be reopened',
  },
};
const isReasonKey = (v: unknown): v is ReasonKey => typeof v === 'string' && Object.prototype.hasOwnProperty.call(REASONS_ZH, v);

/** Is this string a key of the catalogue (for keys that arrive as data, e.g. from a seat's refusal)? */
export function isErrorKey(key: string): key is ErrorKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}

export function errorMessage(p: Pick<ErrorPayload, 'code' | 'key' | 'params' | 'problems'>, lang: Language): string {
  const cat = CATALOGUES[lang];
  const template = cat[p.key] ?? cat[p.code] ?? cat['internal']!;
  const param = (k: string): string => {
    const v = p.params[k];
    if (k === 'reason' && isReasonKey(v)) return REASONS[lang][v];
    // An archive's reason is a template of its own, filled from the same params.
    if (k === 'reason' && p.code === 'bad_archive' && isArchiveReason(v))
      return archiveReasonText(v, lang).replace(/\{(\w+)\}/g, (_, q: string) => String(p.params[q] ?? ''));
    return String(v ?? (k === 'detail' ? p.key : ''));
  };
  let msg = template.replace(/\{(\w+)\}/g, (_, k: string) => param(k));
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
