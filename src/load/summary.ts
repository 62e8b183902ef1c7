// The load summary as the lines the CLI prints.
import type { LoadSummary } from '../schema/load-rows.ts';

export function formatSummary(summary: LoadSummary): string {
  const rate = (n: number) => (summary.seconds > 0 ? Math.round(n / summary.seconds) : 0);
  return [
    `papers loaded: ${summary.papers}, rejected records: ${summary.rejected}, relations skipped (unknown entity): ${summary.skippedRelations}`,
    `nodes: ${summary.nodesCreated} created, ${summary.nodesMatched} matched`,
    `relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsMatched} matched`,
    `time: ${summary.seconds.toFixed(1)} s (${rate(summary.papers)} papers/s, ${rate(summary.relationshipsCreated + summary.relationshipsMatched)} relationships/s)`,
  ].join('\n');
}
