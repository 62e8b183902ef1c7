// Human-readable rendering of an EvalReport: one table of P/R/F1 with TP/FP/FN, the agreement lines,
// and (when asked) the false positives and negatives per paper.
import type { Agreement, EvalReport, Score } from '../schema/eval.ts';
import { EntityType } from '../schema/index.ts';

const pct = (x: number): string => x.toFixed(3);

function row(label: string, s: Score): string {
  return [
    label.padEnd(16),
    pct(s.precision).padStart(9),
    pct(s.recall).padStart(7),
    pct(s.f1).padStart(7),
    String(s.tp).padStart(6),
    String(s.fp).padStart(6),
    String(s.fn).padStart(6),
  ].join('');
}

function agreementLine(label: string, a: Agreement, how: string): string {
  const share = a.total > 0 ? pct(a.share) : 'n/a';
  return `${label.padEnd(16)}${share.padStart(9)}  (${a.right}/${a.total} ${how})`;
}

/** At most this many missing ids are listed in the text report (`--json` has them all). */
const MISSING_IDS_SHOWN = 10;

export function formatReport(report: EvalReport): string {
  const out: string[] = [];
  const { papers } = report;
  out.push(`papers scored: ${papers.gold} gold, ${papers.missing} missing from input` +
    (papers.rejectedInputLines ? `, ${papers.rejectedInputLines} input lines rejected` : ''));
  if (papers.missingIds.length) {
    const more = papers.missingIds.length - MISSING_IDS_SHOWN;
    out.push(`missing ids: ${papers.missingIds.slice(0, MISSING_IDS_SHOWN).join(' ')}${more > 0 ? ` (+${more} more, see --json)` : ''}`);
  }
  out.push('');
  out.push(`${''.padEnd(16)}${'precision'.padStart(9)}${'recall'.padStart(7)}${'F1'.padStart(7)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}`);
  for (const type of EntityType.options) out.push(row(type, report.entities.byType[type]));
  out.push(row('entities (micro)', report.entities.micro));
  out.push(row('EVALUATED_ON', report.evaluatedOn));
  out.push(row('INTRODUCES', report.introduces));
  out.push('');
  out.push(agreementLine('value right', report.valueRight, 'found gold pairs with a value, |pred - gold| < 0.0005'));
  out.push(agreementLine('metric right', report.metricRight, 'found gold pairs with a metric, same metric name'));
  for (const paper of report.errors ?? []) {
    out.push('');
    out.push(`${paper.id}${paper.missing ? ' (missing from input)' : ''}`);
    for (const e of paper.errors) {
      const type = e.type ? ` ${e.type}` : '';
      out.push(`  ${e.kind} ${e.what}${type}: ${e.name}${e.note ? `  [${e.note}]` : ''}`);
    }
  }
  return out.join('\n');
}
