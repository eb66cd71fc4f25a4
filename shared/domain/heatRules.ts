// The pack's rules for the opinion heat index: how posts, statements, silence and time move it.
import { z } from 'zod';

const points = z.number().min(0).max(100);
const minutes = z.number().positive().max(24 * 60);

export const HeatRulesSchema = z
  .object({
    /** Heat a timely official statement takes off. */
    statementDrop: points.optional(),
    /** Heat a statement takes off once silence has already set in. */
    lateStatementDrop: points.optional(),
    /** Minutes an unanswered public post may stand before silence starts to raise the heat. */
    silenceAfterMin: minutes.optional(),
    /** Heat added per minute of silence. */
    silenceRisePerMin: z.number().min(0).max(20).optional(),
    /** Heat lost per minute when nothing feeds it. */
    decayPerMin: z.number().min(0).max(20).optional(),
    /** Heat a public inject adds when it gives none of its own. */
    defaultInjectHeat: points.optional(),
    /** From this heat on the stage is 扩散 (spreading). */
    spreadAt: points.optional(),
    /** Below this share of the wave's peak the stage is 回落 (falling). */
    fallRatio: z.number().min(0).max(1).optional(),
    /** Share of its drop an official statement takes off when published on a channel no public post has reached yet. */
    offChannelStatementFactor: z.number().min(0).max(1).optional(),
    /** Heat a 导演组 (control cell) ad-hoc post adds when it gives none of its own. */
    controlPostHeat: points.optional(),
    /** Heat a 导演组 comment adds when it gives none of its own. */
    controlCommentHeat: points.optional(),
  })
  .strict();

export type HeatRules = Required<z.output<typeof HeatRulesSchema>>;

export const DEFAULT_HEAT_RULES: HeatRules = {
  statementDrop: 20,
  lateStatementDrop: 8,
  silenceAfterMin: 15,
  silenceRisePerMin: 1,
  decayPerMin: 0.5,
  defaultInjectHeat: 10,
  spreadAt: 40,
  fallRatio: 0.8,
  offChannelStatementFactor: 0.5,
  controlPostHeat: 6,
  controlCommentHeat: 2,
};

/** The pack's rules with the defaults filled in (older packs and journals have none). */
export function heatRulesOf(pack: { heatRules?: z.output<typeof HeatRulesSchema> | undefined }): HeatRules {
  const given = Object.fromEntries(Object.entries(pack.heatRules ?? {}).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_HEAT_RULES, ...given };
}
