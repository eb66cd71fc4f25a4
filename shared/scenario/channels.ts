// Inject channels by name: the Chinese and English labels of the known channels and the words an MSEL may use for them.
import { KNOWN_CHANNELS, type KnownChannel } from '../domain/scenario';

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
  weibo: ['新浪微博', '微博平台'],
  wechat: ['微信', '公众号', '微信公众平台', '微信号', 'wechat official account'],
  news: ['新闻', '新闻媒体', '网络新闻', '网络媒体', '新闻网', '媒体报道', 'news site', 'news website'],
  video: ['短视频平台', '抖音', '快手', '视频号', '视频', 'short video'],
  hotline: ['热线', '客服热线', '投诉电话', '客服电话', '95热线', '客户投诉', '投诉', 'complaint hotline'],
  email: ['电子邮件', '邮箱', '匿名邮件', 'e-mail', 'mail'],
  journalist: ['记者', '记者电话', '媒体来电', '媒体采访', 'journalist call', 'reporter'],
  regulator: ['监管', '监管部门', '监管来电', '监管机构', '监管问询函', 'regulator inquiry'],
  internal: ['内部', '内部通知', '内部报告', '内部邮件', '内部消息', '上级通知', 'internal report'],
};

export const normaliseLabel = (s: string): string => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

const BY_WORD: ReadonlyMap<string, KnownChannel> = new Map(
  KNOWN_CHANNELS.flatMap((id) => [id, CHANNEL_LABELS[id].zh, CHANNEL_LABELS[id].en, ...ALIASES[id]].map((w) => [normaliseLabel(w), id] as const)),
);

/** The known channel id a label names, or the label itself (trimmed) when it names none. */
export function channelIdOf(label: string): string {
  return BY_WORD.get(normaliseLabel(label)) ?? label.trim();
}

export function channelLabel(channel: string, lang: 'zh-CN' | 'en'): string {
  const known = CHANNEL_LABELS[channel as KnownChannel];
  return known ? (lang === 'en' ? known.en : known.zh) : channel;
}
