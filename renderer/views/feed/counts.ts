// Engagement numbers as people read them on the platforms: 1,234 · 1.2万 (zh) or 12.3k (en).
import type { Lang } from '../../state/prefs';

export function formatCount(n: number, lang: Lang): string {
  if (lang === 'zh-CN' && n >= 10_000) return `${(n / 10_000).toFixed(n >= 100_000 ? 0 : 1)}万`;
  if (lang === 'en' && n >= 10_000) return `${(n / 1000).toFixed(n >= 100_000 ? 0 : 1)}k`;
  return n.toLocaleString('en-US');
}
