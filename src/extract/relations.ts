// All relations of one paper: sentence-level ones (EVALUATED_ON, TRAINED_ON, OUTPERFORMS), plus
// INTRODUCES (paper → what it proposes) and LINKS_TO (paper → URL, with its kind).
import type { Relation } from '../schema/index.ts';
import type { ResolvedEntity } from './entities.ts';
import { SOURCE_BEFORE, isSubject, sentenceRelations, trainingTarget, type MentionRef } from './relations-eval.ts';
import { resultFacts, sentenceSubject, type ResultFact } from './relations-results.ts';
import { mergeFacts } from './relations-merge.ts';
import { ownOf } from './relations-own.ts';
import { scoresIn, type Score } from './scores.ts';
import { carryMetrics } from './relations-metric-carry.ts';
import { fillCarriedValues } from './relations-fill.ts';
import { comparedWithRelations, KNOWLEDGE_SOURCES, rosterRelations } from './relations-roster.ts';
import { averagedScores } from './relations-average.ts';
import { baseAnaphora, groupAnaphora, setAnaphora, sizeAnaphora } from './relations-anaphora.ts';
import { sentenceAt, type Span } from './text.ts';
import type { FoundUrl } from './urls.ts';

export interface RelationInput {
  paperId: string;
  text: string;
  titleEnd: number;
  sentences: Span[];
  entities: ResolvedEntity[];
  urls: FoundUrl[];
}

type TableMemo = Map<number, { kind: 'model' | 'target' | 'metric'; names: ResolvedEntity[] }>;

/** Scores laid out as tables in prose (see relations-results.ts) for one sentence. */
function tableFacts(
  input: RelationInput,
  sentence: Span,
  refs: MentionRef[],
  earlier: MentionRef[][],
  scores: Score[],
  more: { prior: () => ResolvedEntity | null; ownBenchmark: ResolvedEntity | null; priorTarget: Map<string, ResolvedEntity>; memo: TableMemo },
): ResultFact[] {
  const { text } = input;
  if (!scores.length) {
    const sText = text.slice(sentence.start, sentence.end);
    if ((!sText.includes('from ') && !sText.includes('by ')) || !/\b(?:from|by)\s+\d/.test(sText)) return [];
  }
  const verdicts = new Map<MentionRef, boolean>();
  // (a change, "Fine-tuning A on X raised EM from a to b", "… raises their exact match to n", or a named test
  // split is read on X's test split)
  const ownTrainedOn = more.ownBenchmark !== null && !/\bfrom\s+\d|\b(?:rais|lift|improv|boost|increas)\w*\s+(?:its|their)\b|\btest\s+(?:split|set|portion)|\bheld-out\b/.test(text.slice(sentence.start, sentence.end)) && refs.some((r) => r.entity === more.ownBenchmark && trainingTarget(text.slice(sentence.start, r.start)));
  const notScored = (r: MentionRef): boolean => {
    let verdict = verdicts.get(r);
    if (verdict === undefined) {
      const prefix = text.slice(sentence.start, r.start);
      // "its MedQA accuracy drops to …": a benchmark naming whose measure it is, is no subject
      const modifier = /\b(?:its|their)\s+$/i.test(prefix) || refs.some((m) => m.entity.type === 'Metric' && m.start > r.end && /^\s*$/.test(text.slice(r.end, m.start)));
      verdict = trainingTarget(prefix) || SOURCE_BEFORE.test(prefix.slice(-70)) || (!modifier && isSubject(text, sentence, r));
      verdicts.set(r, verdict);
    }
    return verdict;
  };
  return resultFacts({
    text,
    sentence,
    refs,
    scores,
    earlier,
    notScored,
    subject: sentenceSubject(text, sentence, refs),
    prior: more.prior,
    // a sentence continuing the previous one ("The model achieved 93% …") keeps its benchmark
    // ("A ResNet-50 fine-tuned on X reaches …": the paper's own set is what the sentence trains on, not the score's)
    fallbackTarget: (model, continued) => (ownTrainedOn ? null : more.ownBenchmark) ?? (continued ? more.priorTarget.get(model.key) ?? null : null),
    memo: more.memo,
  });
}

const OWN_METHOD = /\b[Tt]he\s+(?:proposed\s+|new\s+)?(?:method|framework|approach)\s+(?:reach|achiev|attain|obtain|yield|scor|outperform|surpass|improv)\w*/;
const EVALUATOR_NAME = /[- ](?:Judge|Verifier|Grader|Critic|Evaluator|Scorer)$/i;
/** "-8B", "-70B", "-B", "-H", " Large", "-v2": what a size or level variant adds to its family's name */
const VARIANT_SUFFIX = /^(?:-|\s)(?:\d+(?:\.\d+)?[BMK]|[A-Z]|[Vv]\d+(?:\.\d+)?|Tiny|Small|Base|Large|Huge|Mini|Nano|Pro|Lite|Plus|Max|XL)$/;

export function buildRelations(input: RelationInput): Relation[] {
  const { text, sentences, entities } = input;
  const refsBySentence = new Map<number, MentionRef[]>();
  const nameSpans: Span[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      nameSpans.push(m);
      const si = sentenceAt(sentences, m.start);
      const list = refsBySentence.get(si) ?? [];
      list.push({ start: m.start, end: m.end, entity });
      refsBySentence.set(si, list);
    }
  }
  // "The 7B model scores …", "79.8% for the base model": a model referred to by its size or role
  for (const ref of [...sizeAnaphora(text, input.titleEnd, entities), ...baseAnaphora(text, input.titleEnd, entities)]) {
    const si = sentenceAt(sentences, ref.start);
    const list = refsBySentence.get(si) ?? [];
    list.push(ref);
    refsBySentence.set(si, list);
  }
  // "… on these benchmarks": the sets the sentence before listed
  // "All pairs are scored on …": the models the sentence before named
  for (const { si, refs } of groupAnaphora(text, sentences, refsBySentence)) refsBySentence.get(si)?.push(...refs) ?? refsBySentence.set(si, refs);
  for (const { si, refs } of setAnaphora(text, sentences, refsBySentence)) refsBySentence.get(si)?.push(...refs) ?? refsBySentence.set(si, refs);
  const ownModel = ownOf(entities, 'Model', text);
  const ownBenchmark = ownOf(entities, 'Benchmark', text);
  const relations: Relation[] = [];
  const targetsOf = new Map<string, Set<string>>();
  const priorTarget = new Map<string, ResolvedEntity>();
  let priorSubject: ResolvedEntity | null = null;
  const spoken: { span: Span; refs: MentionRef[] }[] = [];
  const byName = new Map(entities.map((e) => [e.name, e]));
  const earlier: MentionRef[][] = [];
  const memo: TableMemo = new Map();
  sentences.forEach((sentence, si) => {
    if (sentence.end <= input.titleEnd) return;
    const refs = (refsBySentence.get(si) ?? []).sort((a, b) => a.start - b.start);
    if (!refs.length && !(ownModel && ownBenchmark)) return;
    const allScores = refs.length ? scoresIn(text, sentence, nameSpans, true) : [];
    const found = clauseRelations(text, sentence, refs, allScores, (part, partRefs, partScores) =>
      sentenceRelations({ text, sentence: part, refs: partRefs, nameSpans, ownModel, ownBenchmark, priorTarget, priorSubject, allScores: partScores }),
    );
    const opener = refs.find((r) => r.entity.type === 'Model' && r.start - sentence.start < 40 && !/\b(?:than|compared|versus|vs|over|against|like|such)\b/i.test(text.slice(sentence.start, r.start)));
    if (opener) priorSubject = opener.entity;
    else if (refs.some((r) => r.entity.type === 'Model')) priorSubject = null;
    // who "It …" is: the model the latest sentence with models introduces, else its subject (asked lazily)
    const prior = (): ResolvedEntity | null => {
      // "… show that the method reaches …": the paper's own method, not whatever model was named last
      if (ownModel && OWN_METHOD.test(text.slice(sentence.start, sentence.end))) return ownModel;
      for (let i = spoken.length - 1; i >= 0; i--) {
        const { span, refs: said } = spoken[i]!;
        const who = said.find((r) => r.entity.type === 'Model' && r.entity.introduced)?.entity ?? sentenceSubject(text, span, said);
        if (who) return who;
      }
      return ownModel;
    };
    const facts = refs.length ? tableFacts(input, sentence, refs, earlier, allScores, { prior, ownBenchmark, priorTarget, memo }) : [];
    if (refs.some((r) => r.entity.type === 'Model')) spoken.push({ span: sentence, refs });
    const merged = averagedScores(text, sentence, refs, allScores, mergeFacts(found, facts, text, sentence, refs));
    if (refs.length) earlier.push(refs);
    relations.push(...merged);
    for (const r of merged) {
      if (r.type !== 'EVALUATED_ON') continue;
      const model = byName.get(r.source);
      const target = byName.get(r.target);
      if (!model || !target) continue;
      const set = targetsOf.get(model.key) ?? new Set<string>();
      set.add(target.key);
      targetsOf.set(model.key, set);
      if (set.size === 1) priorTarget.set(model.key, target);
      else priorTarget.delete(model.key);
    }
  });

  const bodySentences = sentences.flatMap((span, si) => (span.end > input.titleEnd ? [{ span, refs: (refsBySentence.get(si) ?? []).sort((a, b) => a.start - b.start) }] : []));
  const stated = new Set(relations.filter((r) => r.type === 'EVALUATED_ON').map((r) => `${r.source}|${r.target}`));
  const introducedBenchmarks = entities.filter((e) => e.introduced && e.type === 'Benchmark');
  // a released data set the abstract evaluates on ("We build X, 1,150 questions … We test six retrievers")
  const introducedSuites = introducedBenchmarks.length || !ownBenchmark ? introducedBenchmarks : [ownBenchmark];
  for (const r of rosterRelations(text, bodySentences, introducedSuites)) {
    const id = `${r.source}|${r.target}`;
    if (!stated.has(id)) relations.push(r);
    stated.add(id);
  }

  for (const r of comparedWithRelations(text, bodySentences, relations)) {
    const id = `${r.source}|${r.target}`;
    if (!stated.has(id)) relations.push(r);
    stated.add(id);
  }

  fillCarriedValues(text, bodySentences, nameSpans, relations);
  carryMetrics(relations, entities.filter((e) => e.type === 'Metric').map((e) => e.name));

  // "analyses with RADLINGO-Judge", "using BMMR-Verifier": a judge or verifier is a tool of the evaluation,
  // not something evaluated, unless the paper gives it a score
  for (let i = relations.length - 1; i >= 0; i--) {
    const r = relations[i]!;
    if (r.type === 'EVALUATED_ON' && r.value === null && EVALUATOR_NAME.test(r.source)) relations.splice(i, 1);
  }
  // a terminology or literature database a method draws on ("the concept hierarchy of MeSH", "UMLS
  // concepts", "retrieves from PubMed") is a knowledge source, never what a model is evaluated on
  for (let i = relations.length - 1; i >= 0; i--) {
    const r = relations[i]!;
    if (r.type === 'EVALUATED_ON' && KNOWLEDGE_SOURCES.has(byName.get(r.target)?.key ?? '')) relations.splice(i, 1);
  }
  // a pair stated with a score elsewhere in the paper drops its score-less duplicates
  const valued = new Set(relations.filter((r) => r.type === 'EVALUATED_ON' && r.value !== null).map((r) => `${r.source}|${r.target}`));
  for (let i = relations.length - 1; i >= 0; i--) {
    const r = relations[i]!;
    if (r.type === 'EVALUATED_ON' && r.value === null && valued.has(`${r.source}|${r.target}`)) relations.splice(i, 1);
  }
  dropCrossedPairs(relations);
  // "We introduce Asclepio … Asclepio-8B is initialised from …": a size or level variant of an
  // introduced model is introduced with it
  const families = entities.filter((e) => e.introduced && e.type === 'Model').map((e) => e.name);
  // "Pangolin-8B … together with a lighter Pangolin-3B": a sibling size of an introduced model too
  const stem = (name: string): string => name.replace(/[-\s]\d+(?:\.\d+)?[BMK]$/, '');
  // "Kestrel-Med 2.0, released in two sizes, Kestrel-Med-14B and Kestrel-Med-32B": sizes of a release
  const release = (name: string): string => name.replace(/[-\s]v?\d+(?:\.\d+)+$/, '');
  const variantOf = (e: ResolvedEntity): boolean =>
    e.type === 'Model' &&
    families.some((f) => (e.name.startsWith(f) && VARIANT_SUFFIX.test(e.name.slice(f.length))) || (stem(f) !== f && stem(e.name) === stem(f) && e.name !== f) || (release(f) !== f && stem(e.name) !== e.name && stem(e.name) === release(f)));
  for (const e of entities) {
    if (!(e.introduced || variantOf(e)) || e.type === 'Metric' || e.type === 'URL') continue;
    const s = sentences[sentenceAt(sentences, e.mentions[0]!.start)]!;
    relations.push({ type: 'INTRODUCES', source: input.paperId, target: e.name, metric: null, value: null, evidence: { text: text.slice(s.start, s.end), start: s.start, end: s.end } });
  }
  for (const u of input.urls) {
    const s = sentences[sentenceAt(sentences, u.start)]!;
    relations.push({
      type: 'LINKS_TO',
      source: input.paperId,
      target: u.url,
      metric: null,
      value: null,
      linkKind: u.kind,
      evidence: { text: text.slice(s.start, s.end), start: s.start, end: s.end },
    });
  }
  return relations;
}

/** "Kestrel-Med 2.0 performed strongly: the 32B variant reached 71.4 on MedCalc-Bench, and the 14B
 * variant scored 77.2 on MedQA": where a family's sized variants own the scores of a sentence, the
 * family's own score-less pairs to those targets are a misreading, and so is a size's score-less pair
 * to a target its sibling scored on, when the size has a score of its own in that sentence. */
function dropCrossedPairs(relations: Relation[]): void {
  const SIZED = /[-\s]\d+(?:\.\d+)?[BMK]$/;
  const valued = relations.filter((r) => r.type === 'EVALUATED_ON' && r.value !== null && SIZED.test(r.source));
  if (!valued.length) return;
  const family = (name: string): string => name.replace(/[-\s]v?\d+(?:\.\d+)*$/i, '').toLowerCase();
  for (let i = relations.length - 1; i >= 0; i--) {
    const r = relations[i]!;
    if (r.type !== 'EVALUATED_ON' || r.value !== null) continue;
    const here = valued.filter((v) => v.evidence.start === r.evidence.start);
    if (!SIZED.test(r.source)) {
      if (family(r.source).length >= 3 && here.some((v) => v.target === r.target && v.source.toLowerCase().startsWith(family(r.source)))) relations.splice(i, 1);
      continue;
    }
    // a sibling size with its own score elsewhere in the sentence: "the 14B variant scored 77.2 on X"
    const stem = r.source.replace(SIZED, '').toLowerCase();
    const sibling = here.some((v) => v.target === r.target && v.source !== r.source && v.source.replace(SIZED, '').toLowerCase() === stem);
    if (sibling && here.some((v) => v.source === r.source && v.target !== r.target)) relations.splice(i, 1);
  }
}

/** ", and Ferrow-VL-8B outperforms …": a new clause led by a
 * model and its result verb. */
const CLAUSE_BREAK = /,\s+and\s+(?:the\s+)?$/;
const CLAUSE_VERB = /^\s+(?:also\s+|only\s+|still\s+|further\s+)?(?:outperform|achiev|reach|obtain|scor|attain|surpass|improv|lead|rank|trail|lag|exceed|perform|yield|record|beat)\w*\b/i;

/** "A is the strongest model on W, X and Y, reaching 81.9% on Y, and B outperforms C on Z": the pair
 * rules run on each clause that has its own model subject, so A is not paired with Z nor B with W;
 * the evidence stays the whole sentence. */
function clauseRelations(
  text: string,
  sentence: Span,
  refs: MentionRef[],
  scores: Score[],
  run: (part: Span, refs: MentionRef[], scores: Score[]) => Relation[],
): Relation[] {
  const models = refs.filter((r) => r.entity.type === 'Model');
  const cuts: number[] = [];
  for (const m of models) {
    const before = text.slice(Math.max(sentence.start, m.start - 14), m.start);
    if (!CLAUSE_BREAK.test(before) || !CLAUSE_VERB.test(text.slice(m.end, m.end + 40))) continue;
    const cut = m.start - (CLAUSE_BREAK.exec(before)?.[0].length ?? 0);
    // the clause before needs a model of its own
    if (models.some((o) => o.end <= cut && o.start >= (cuts[cuts.length - 1] ?? sentence.start))) cuts.push(cut);
  }
  // each clause must name its own target, or the clauses share the sentence's ("… on A / B: X obtains …, and Y obtains …")
  const isTarget = (r: MentionRef): boolean => r.entity.type === 'Benchmark' || r.entity.type === 'Dataset';
  const ends = [sentence.start, ...cuts, sentence.end];
  if (!cuts.length || ends.slice(0, -1).some((a, k) => !refs.some((r) => isTarget(r) && r.start >= a && r.end <= ends[k + 1]!))) return run(sentence, refs, scores);
  const evidence = { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  const bounds = ends;
  const out: Relation[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const part = { start: bounds[k]!, end: bounds[k + 1]! };
    const inside = <T extends Span>(x: T): boolean => x.start >= part.start && x.end <= part.end;
    for (const r of run(part, refs.filter(inside), scores.filter(inside))) out.push({ ...r, evidence });
  }
  return out;
}
