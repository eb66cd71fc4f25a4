// Inject channels: the known channel ids, which are public, their labels, and the one alias table (抖音 → video, 微博 → weibo …)
// the pack check, the editor and the MSEL import all resolve channel words with.

/** Channels with a known look. Any other channel must be confirmed as the inject's own (`customChannel: true`). */
export const KNOWN_CHANNELS = ['email', 'hotline', 'weibo', 'wechat', 'news', 'video', 'journalist', 'regulator', 'internal'] as const;
export type KnownChannel = (typeof KNOWN_CHANNELS)[number];

/**
 * Channels on which an inject is public: it shows in the opinion feed and moves the heat index.
 * The complaint hotline (95xxx, and the regulator's 12378 consumer hotline) counts as public on purpose: a surge of
 * complaint calls is how a bank 舆情 usually starts and how 舆情监测 measures its spread, complaint volumes are
 * reported to and published by the regulator, and callers post what they were told. A journalist's call, an email,
 * a regulator's inquiry and an internal report stay private: one person asks the bank, nothing is seen by the public yet.
 */
export const PUBLIC_CHANNELS: readonly string[] = ['weibo', 'wechat', 'news', 'video', 'hotline'];

export const isKnownChannel = (c: string): c is KnownChannel => (KNOWN_CHANNELS as readonly string[]).includes(c);

export const CHANNEL_LABELS: Record<KnownChannel, { zh: string; en: string }> = {
  weibo: { zh: '微博', en: 'Weibo' },
  wechat: { zh: '微信公众号', en: 'WeChat official account' },
  news: { zh: '新闻网站', en: 'News site' },
  video: { zh: '短视频', en: 'Short video' },
  hotline: { zh: '投诉热线', en: 'Complaint hotline' },
  email: { zh: '邮件', en: 'Email' },
  journalist: { zh: '记者来电', en: 'Journalist call' },
  regulator: { zh: '监管问询', en: 'Regulator inquiry' },
  internal: { zh: '内部报告', en: 'Internal report' },
};

/** Other words a spreadsheet author writes for a known channel (compared after normalising). */
const ALIASES: Record<KnownChannel, string[]> = {
  weibo: ['新浪微博', '微博平台', '微博热搜', '热搜'],
  wechat: ['微信', '公众号', '微信公众平台', '微信号', '朋友圈', '微信群', '微信朋友圈', 'wechat official account'],
  news: ['新闻', '新闻媒体', '网络新闻', '网络媒体', '新闻网', '媒体报道', 'news site', 'news website'],
  video: ['短视频平台', '抖音', '快手', '视频号', '微信视频号', '视频', 'douyin', 'kuaishou', 'short video'],
  hotline: ['热线', '客服热线', '投诉电话', '客服电话', '95热线', '95xxx', '12378', '12378热线', '消费者投诉热线', '客户投诉', '投诉', 'complaint hotline'],
  email: ['电子邮件', '邮箱', '匿名邮件', 'e-mail', 'mail'],
  journalist: ['记者', '记者电话', '记者来访', '记者采访', '电话采访', '采访', '媒体来电', '媒体采访', 'journalist call', 'reporter', 'press call'],
  regulator: ['监管', '监管部门', '监管来电', '监管机构', '监管问询函', '监管局', '金融监管总局', '人民银行', 'regulator inquiry'],
  internal: ['内部', '内部通知', '内部报告', '内部邮件', '内部消息', '上级通知', 'internal report'],
};

export const normaliseLabel = (s: string): string => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

const BY_WORD: ReadonlyMap<string, KnownChannel> = new Map(
  KNOWN_CHANNELS.flatMap((id) => [id, CHANNEL_LABELS[id].zh, CHANNEL_LABELS[id].en, ...ALIASES[id]].map((w) => [normaliseLabel(w), id] as const)),
);

/** The known channel a word names (id, label or alias), or undefined when the product does not know it. */
export function knownChannelOf(word: string): KnownChannel | undefined {
  const key = normaliseLabel(word);
  // 95588, 95566 …: a bank's own service number is its complaint hotline.
  return BY_WORD.get(key) ?? (/^95\d{3,4}(热线|客服)?$/.test(key) ? 'hotline' : undefined);
}

/** The known channel id a label names, or the label itself (trimmed) when it names none. */
export function channelIdOf(label: string): string {
  return knownChannelOf(label) ?? label.trim();
}

/** "email、hotline、…" with labels: what a refusal offers instead. */
export const channelChoices = (lang: 'zh-CN' | 'en'): string =>
  KNOWN_CHANNELS.map((c) => `${c}(${CHANNEL_LABELS[c][lang === 'en' ? 'en' : 'zh']})`).join(lang === 'en' ? ', ' : '、');

export function channelLabel(channel: string, lang: 'zh-CN' | 'en'): string {
  const known = CHANNEL_LABELS[channel as KnownChannel];
  return known ? (lang === 'en' ? known.en : known.zh) : channel;
}

const JOURNALIST = /记者|reporter|journalist/i;
const CALL = /来电|电话|致电|采访|询问|问询|核实|求证|call|phone|interview|ask/i;

/**
 * The channel an MSEL row means. A journalist who calls or asks is on the journalist channel (private: one person
 * asks the bank) even when the author wrote 新闻媒体 or 媒体: only a published report is a public news post.
 */
export function channelOfRow(channel: string, sender: string, content: string): KnownChannel | undefined {
  const known = knownChannelOf(channel);
  const journalistCalls = JOURNALIST.test(sender + channel) && CALL.test(channel + content);
  if ((known === 'news' || known === undefined) && journalistCalls) return 'journalist';
  return known ?? (JOURNALIST.test(channel) ? 'journalist' : undefined);
}
