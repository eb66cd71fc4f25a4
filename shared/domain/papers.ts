// The papers DrillRoom prints before a drill (and the evaluator form, filled, after it); electron/papers/ builds them.
export const PAPER_KINDS = ['plan', 'script', 'cards', 'signin', 'evaluation'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];
