// buildPaper(paper, entries) -> .docx bytes: each paper a pure function of the drill's journal and the export time.
import type { AnyEntry } from '../../shared/domain/entry';
import { buildCards } from './cards';
import { paperInput } from './common';
import { buildEvaluation } from './evaluationForm';
import { buildPlan } from './plan';
import { buildScript } from './script';
import { buildSignin } from './signin';
import type { PaperKind } from './text';

export interface PaperBuildOptions {
  exportedAt: number;
  /** The evaluator form filled from the journal (after the drill); other papers ignore it. */
  filled?: boolean;
}

export function buildPaper(paper: PaperKind, entries: readonly AnyEntry[], opts: PaperBuildOptions): Promise<Uint8Array> {
  const inp = paperInput(entries);
  switch (paper) {
    case 'plan':
      return buildPlan(inp, opts);
    case 'script':
      return buildScript(inp, opts);
    case 'cards':
      return buildCards(inp, opts);
    case 'signin':
      return buildSignin(inp, opts);
    case 'evaluation':
      return buildEvaluation(inp, { ...opts, filled: opts.filled ?? false });
  }
}
