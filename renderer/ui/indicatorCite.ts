// How a timing indicator cites its entries on screen: "#3 → #7", "#3 → …" while running, nothing while pending.
import type { Indicator } from '../../shared/domain/indicators';

export function indicatorCite(i: Pick<Indicator, 'fromSeq' | 'toSeq'>): string {
  if (i.fromSeq === null) return '';
  return `#${i.fromSeq} → ${i.toSeq === null ? '…' : `#${i.toSeq}`}`;
}
