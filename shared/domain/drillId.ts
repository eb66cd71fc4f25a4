// The one grammar of drill ids, for the IPC contract, the archive format and the journal: safe inside any file name.
import { z } from 'zod';

/** A letter or digit first, then letters, digits, '-' or '_': no dots, separators or spaces, so never a path. */
export const DRILL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const DRILL_ID_RULE = { zh: '演练编号只能由字母、数字、“-”和“_”组成(以字母或数字开头,最多 64 个字符)', en: 'a drill id is letters, digits, "-" and "_" (a letter or digit first, at most 64 characters)' };

export const isDrillId = (value: unknown): value is string => typeof value === 'string' && DRILL_ID_PATTERN.test(value);

export const DrillIdSchema = z.string().regex(DRILL_ID_PATTERN, DRILL_ID_RULE.en);
