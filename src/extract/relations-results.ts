// Results written as tables in prose: which model, benchmark and metric each reported number belongs
// to when one sentence carries several. Numbers are grouped into rows ("60.2%, 56.4% and 71.8%")
// and slash cells ("74.8 / 63.5 / 66.1"); a row or cell of N numbers is laid over a list of N names
// (models, benchmarks or metrics: "HepaSeg, nnU-Net and SwinUNETR reach … 0.781, 0.742 and 0.728,
// respectively", "on the same three datasets", "the two models obtain a and b"). Single numbers get an
// explicit owner (relations-anchors.ts); changes and margins are read by relations-changes.ts.
import type { ResolvedEntity } from './entities.ts';
import { BEATEN, kindOf, ownerOf, targetOf, metricOf, tiedTarget, namesUnknownTarget, type Kind, type Owners, type ResultFact, type ResultInput } from './relations-anchors.ts';
import { fromToFacts, marginFacts } from './relations-changes.ts';
import type { MentionRef } from './relations-eval.ts';
import { headedScore, type Score } from './scores.ts';
import type { Span } from './text.ts';

export { isComponent, sentenceSubject, type ResultFact, type ResultInput } from './relations-anchors.ts';

interface Cell extends Span {
  scores: Score[];
}
interface Row extends Span {
  cells: Cell[];
}

const CELL_GAP = /^\s*\/\s*$/;
const ROW_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|\/\s*)(?:the\s+)?$/;
const ANAPHOR =
  /\b(?:the\s+(?:same\s+)?(?:(two|three|four|five|six|\d)\s+)?|both\s+)(models?|methods|systems|baselines|networks|datasets|benchmarks|sets|cohorts|tasks|metrics|measures)\b/gi;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "…, ROUGE-L of 0.331, CIDEr of 0.507": the number is led by its own measure, an item of a list. */
function headedByMetric(input: ResultInput, row: Span, prevEnd: number): boolean {
  return input.refs.some((r) => r.entity.type === 'Metric' && r.start >= prevEnd && headedScore(input.text, r, row) === true);
}

/** How many parts a "for kidney, tumor and cyst" right after a row of numbers names (0 if none). */
const PARTS_AFTER = /^\s*(?:%|\\%)?\s*(?:for|in)\s+(?:the\s+)?((?:(?:[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}|[A-Z]{2,4})\s*,\s*){0,4}(?:[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}|[A-Z]{2,4}),?\s+(?:and|or)\s+(?:[a-z][\w-]*|[A-Z]{2,4}))\b/;
function partsAfter(text: string, row: Span): number {
  const m = PARTS_AFTER.exec(text.slice(row.end, row.end + 90));
  return m ? m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).length : 0;
}

function rowsOf(text: string, scores: Score[]): Row[] {
  const cells: Cell[] = [];
  for (const sc of scores) {
    const last = cells[cells.length - 1];
    if (last && CELL_GAP.test(text.slice(last.end, sc.start))) {
      last.scores.push(sc);
      last.end = sc.end;
    } else cells.push({ start: sc.start, end: sc.end, scores: [sc] });
  }
  const rows: Row[] = [];
  for (const c of cells) {
    const last = rows[rows.length - 1];
    const sameShape = last && last.cells[0]!.scores.length === c.scores.length;
    if (last && sameShape && ROW_GAP.test(text.slice(last.end, c.start))) {
      last.cells.push(c);
      last.end = c.end;
    } else rows.push({ start: c.start, end: c.end, cells: [c] });
  }
  return rows;
}

/** Contiguous lists of one kind of name in the sentence ("BTCV, AMOS and FLARE22"). */
function listsOf(text: string, refs: MentionRef[]): { kind: Kind; items: MentionRef[]; start: number; end: number }[] {
  const lists: { kind: Kind; items: MentionRef[]; start: number; end: number }[] = [];
  for (const r of refs) {
    const kind = kindOf(r.entity);
    if (!kind) continue;
    const last = lists[lists.length - 1];
    // "accuracy (ACC), macro-averaged F1 (MF1) and Cohen's kappa (κ)": a bracketed short form is no gap
    const gap = text.slice(last?.end ?? r.start, r.start).replace(/^\s*\([^()\d]{1,20}\)/, '');
    const lastItem = last?.items[last.items.length - 1];
    if (last && lastItem?.entity.key === r.entity.key && /^\s*\($/.test(gap) && text[r.end] === ')') {
      last.end = r.end + 1;
      continue;
    }
    if (last && last.kind === kind && LIST_GAP.test(gap)) {
      if (!last.items.some((i) => i.entity.key === r.entity.key)) last.items.push(r);
      last.end = r.end;
    } else lists.push({ kind, items: [r], start: r.start, end: r.end });
  }
  return lists;
}

const listCache = new WeakMap<ResultInput, ReturnType<typeof listsOf>>();
/** The sentence's lists, read once. */
function sentenceLists(input: ResultInput): ReturnType<typeof listsOf> {
  let lists = listCache.get(input);
  if (!lists) listCache.set(input, (lists = listsOf(input.text, input.refs)));
  return lists;
}

/** The names "the same n <kind>" points back to: the latest sentence (this one up to `at`, then
 * earlier ones) naming at least n of that kind; the last n of them, in the order first named there. */
function recent(input: ResultInput, kind: Kind, at: number, n: number): ResolvedEntity[] | null {
  const groups = [...input.earlier, input.refs.filter((r) => r.start < at)];
  for (let i = groups.length - 1; i >= 0; i--) {
    const names = [...new Map(groups[i]!.filter((r) => r.start < at && kindOf(r.entity) === kind).map((r) => [r.entity.key, r.entity])).values()];
    if (names.length >= n) return names.slice(-n);
  }
  return null;
}

const RESPECTIVELY_AFTER = /^\s*(?:%|\\%)?\s*,?\s*respectively\b/;

type Dimension = { kind: Kind; names: ResolvedEntity[] };

/** Which names a group of `n` numbers at `at` runs over; `taken` kinds are fixed elsewhere. `local`
 * holds the groups already laid out in this sentence. */
function dimensionFor(input: ResultInput, at: Span, n: number, taken: Set<Kind>, local: Map<number, Dimension>): Dimension | null {
  const { text, sentence: s, refs } = input;
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', at.start) + 1);
  const semi = text.indexOf(';', at.end);
  const clauseEnd = semi === -1 || semi > s.end ? s.end : semi;
  const lists = sentenceLists(input).filter((l) => l.items.length === n && !taken.has(l.kind) && l.start >= clauseStart && l.end <= clauseEnd);
  // a metric list right before the numbers ("BLEU-4, METEOR and ROUGE-L of 0.142, …")
  const metricList = lists.find((l) => l.kind === 'metric' && l.end <= at.start && at.start - l.end < 40);
  if (metricList) return { kind: 'metric', names: metricList.items.map((i) => i.entity) };
  const known = local.get(n);
  if (known && !taken.has(known.kind)) return known;
  for (const kind of ['target', 'metric', 'model'] as const) {
    const list = lists.find((l) => l.kind === kind);
    if (list) return { kind, names: list.items.map((i) => i.entity) };
  }
  // "the same three models", "on the same datasets": names listed earlier (nearest phrase first)
  const phrases = [...text.slice(s.start, s.end).matchAll(ANAPHOR)].sort(
    (a, b) => Math.abs(s.start + a.index - at.start) - Math.abs(s.start + b.index - at.start),
  );
  for (const m of phrases) {
    const count = m[1] ? COUNT[m[1].toLowerCase()] ?? Number(m[1]) : n;
    if (count !== n) continue;
    const noun = m[2]!.toLowerCase();
    const kind: Kind = /^(?:models?|methods|systems|baselines|networks)$/.test(noun) ? 'model' : /^(?:metrics|measures)$/.test(noun) ? 'metric' : 'target';
    if (taken.has(kind)) continue;
    const names = recent(input, kind, s.start + m.index, n);
    if (names) return { kind, names };
  }
  // the names of one kind already mentioned in this sentence, when there are exactly n of them
  for (const kind of ['metric', 'target', 'model'] as const) {
    if (taken.has(kind)) continue;
    const names = [...new Map(refs.filter((r) => r.start < at.start && kindOf(r.entity) === kind).map((r) => [r.entity.key, r.entity])).values()];
    if (names.length === n) return { kind, names };
  }
  // "We assess it on four corpora: A, B, C and D. X yields 75.1, 79.3, 80.2 and 57.7, respectively": a
  // sentence naming no set lays its row over the set list of the sentence before
  if (!taken.has('target') && RESPECTIVELY_AFTER.test(text.slice(at.end, at.end + 20)) && !refs.some((r) => kindOf(r.entity) === 'target')) {
    const before = input.earlier[input.earlier.length - 1] ?? [];
    const names = [...new Map(before.filter((r) => kindOf(r.entity) === 'target').map((r) => [r.entity.key, r.entity])).values()];
    if (names.length === n) return { kind: 'target', names };
  }
  // a group of the same size laid out in an earlier sentence ("the same models obtain a / b, …")
  const earlier = input.memo.get(n);
  return earlier && !taken.has(earlier.kind) && earlier.kind !== 'model' ? earlier : null;
}

/** Facts for the numbers of one sentence that sit in rows, cells or have an explicit owner. */
export function resultFacts(input: ResultInput): ResultFact[] {
  const { text } = input;
  const out: ResultFact[] = fromToFacts(input);
  // numbers a change already gave to its models are not read again as table cells
  const changed = new Set(out.map((f) => f.at.start));
  const local = new Map<number, Dimension>();
  let prevEnd = input.sentence.start;
  const owners: Owners = { main: null, forOwned: new Set() };
  // the paper's own or the carried benchmark stands in only when the sentence names none
  let namesTarget: boolean | undefined;
  const sentenceNamesTarget = (): boolean => (namesTarget ??= input.refs.some((r) => kindOf(r.entity) === 'target' && !input.notScored(r)));
  const compared = (r: MentionRef): boolean => BEATEN.test(text.slice(Math.max(input.sentence.start, r.start - 60), r.start));
  let partsWidth = 0;
  for (const row of rowsOf(text, input.scores)) {
    const width = row.cells[0]!.scores.length;
    const grouped = row.cells.length > 1 || width > 1;
    // "X obtains a on A and b on B": a lone number continues the owner of the one before it
    const continues: boolean = !grouped && owners.main !== null && !/[;]|\b(?:while|whereas)\b/.test(text.slice(prevEnd, row.start)) &&
      !input.refs.some((r) => r.entity.type === 'Model' && r.start >= prevEnd && r.start < row.start && !compared(r) && !owners.forOwned.has(r.entity.key)) &&
      (tiedTarget(input, row, prevEnd) || headedByMetric(input, row, prevEnd));
    let found = ownerOf(input, row, prevEnd, owners) ?? (continues ? { model: owners.main!, how: 'before' as const } : null);
    // "nnU-Net, SwinUNETR and MedSAM reach 0.781, 0.742 and 0.728": the last of a listed subject owns nothing alone
    if (found?.how === 'before' && row.cells.length > 1 && sentenceLists(input).some((l) => l.kind === 'model' && l.items.length === row.cells.length && l.items[l.items.length - 1]!.entity === found!.model && l.end <= row.start)) found = null;
    const owner = found?.model ?? null;
    if (found?.how === 'unnamed') {
      prevEnd = row.end;
      continue;
    }
    const taken = new Set<Kind>(owner ? ['model'] : []);
    const rowDim = row.cells.length > 1 ? dimensionFor(input, row, row.cells.length, taken, local) : null;
    if (rowDim) {
      taken.add(rowDim.kind);
      local.set(row.cells.length, rowDim);
    }
    const cellDim = width > 1 ? dimensionFor(input, row.cells[0]!, width, taken, local) : null;
    if (cellDim) local.set(width, cellDim);
    prevEnd = row.end;
    // "Dice scores of 0.972, 0.861 and 0.744 for kidney, tumor and cyst": one result per named part
    const parts = row.cells.length > 1 && !rowDim && width === 1 && (partsWidth === row.cells.length || partsAfter(text, row) === row.cells.length);
    if (parts) partsWidth = row.cells.length;
    if ((row.cells.length > 1 && !rowDim && !parts) || (width > 1 && !cellDim)) continue;
    const partsMetric = parts ? metricOf(input, row.cells[0]!.scores[0]!) : null;
    row.cells.forEach((cell, ci) => {
      cell.scores.forEach((sc, si) => {
        if (changed.has(sc.start)) return;
        const pick = (kind: Kind): ResolvedEntity | undefined =>
          rowDim?.kind === kind ? rowDim.names[ci] : cellDim?.kind === kind ? cellDim.names[si] : undefined;
        const model = pick('model') ?? owner ?? (grouped ? owners.main ?? input.subject : null);
        if (!model) return;
        // a slash cell ("0.934/0.887 on Kvasir-SEG") names its benchmark after the whole cell
        const place = width > 1 ? cell : sc;
        const target = pick('target') ?? targetOf(input, place) ?? (!sentenceNamesTarget() && !namesUnknownTarget(text, place) ? input.fallbackTarget(model, found?.how === 'continued' && model === owner) : null);
        const metric = pick('metric') ?? partsMetric ?? metricOf(input, sc);
        if (target && model.key !== target.key) out.push({ model, target, metric, value: sc.value, at: { start: sc.start, end: sc.end } });
      });
    });
    if (found?.how === 'after') owners.forOwned.add(found.model!.key);
    else if (found?.model) owners.main = found.model;
  }
  for (const [n, d] of local) input.memo.set(n, d);
  out.push(...marginFacts(input, owners));
  return out;
}
