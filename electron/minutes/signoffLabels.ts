// The words of the signed page in the minutes' language, taken from the catalogue: one place for both renderers.
import type { SignoffLabels } from './blocks';
import type { MinutesText } from './catalogue';

export function signoffLabels(T: MinutesText, intro = ''): SignoffLabels {
  return {
    intro,
    sign: T.signoff.sign,
    date: T.signoff.date,
    anchorIntro: T.anchorIntro,
    drillId: T.anchor.drillId,
    entries: T.anchor.entries,
    finalHash: T.anchor.finalHash,
    witnessIntro: T.anchor.witnessIntro,
    filing: T.anchor.filing,
    colon: T.colon,
  };
}
