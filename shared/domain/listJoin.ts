// One way to write a list of names (roles, channels, targets) per language: 客服、合规 in Chinese, "Customer service, Compliance" in English.
export type ListLanguage = 'zh-CN' | 'en';

export const listSeparator = (lang: ListLanguage): string => (lang === 'en' ? ', ' : '、');

export function joinList(items: readonly string[], lang: ListLanguage): string {
  return items.join(listSeparator(lang));
}
