// Which way a metric improves. Errors, distances, losses, perplexity and the like are better when lower;
// every other metric (accuracy, F1, AUC, Dice, BLEU …) when higher. The leaderboard ranks with this.

/** Words that make a metric lower-is-better, matched as whole words, case-insensitively. */
export const LOWER_IS_BETTER_WORDS = [
  'error', 'errors', 'loss', 'distance', 'hausdorff', 'hd', 'hd95', 'asd', 'assd', 'mae', 'mse', 'rmse', 'mape',
  'wer', 'cer', 'fid', 'kid', 'lpips', 'perplexity', 'ppl', 'ece', 'brier', 'nll', 'latency', 'runtime',
  'fpr', 'fnr', 'eer', 'hallucination', 'hallucinations',
] as const;

/** A Java regular expression (Cypher `=~`) that matches a lower-is-better metric name. */
export const LOWER_IS_BETTER_PATTERN = `(?i).*\\b(?:${LOWER_IS_BETTER_WORDS.join('|')}|false (?:positive|negative) rate|miss rate)\\b.*`;

const lowerIsBetter = new RegExp(LOWER_IS_BETTER_PATTERN.replace('(?i)', ''), 'i');

/** Whether a smaller value of this metric is the better one. */
export function isLowerBetter(metric: string | null): boolean {
  return metric !== null && lowerIsBetter.test(metric);
}
