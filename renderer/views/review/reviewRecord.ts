// The review's record comes from shared/domain/review.ts (one rule for scores, measures and verdicts); re-exported for the review views.
export * from '../../../shared/domain/review';
