// Evaluations stated across two sentences: a roster of models ("We test A, B, C and D.", "Five
// models are examined: A, B, …") and, next to it, the suite they were run on ("All models are tested
// zero-shot on X, Y and Z."). Every roster model is evaluated on every suite target. And a baseline
// the evaluated models are then compared with ("We compare them with an image-only nnU-Net.") is
// evaluated on the targets of the sentence before.
import type { Relation } from '../schema/index.ts';
import type { ResolvedEntity } from './entities.ts';
import type { MentionRef } from './relations-eval.ts';
import type { Span } from './text.ts';

const ROSTER_CUE = /\b(?:(?:re-?)?evaluat\w*|test(?:s|ed)?|compar\w*|examin\w*|benchmark(?:s|ed)?|assess\w*)\b/i;
const SUITE_CUE = /\b(?:evaluat\w*|assess\w*|test\w*)\b[^.;]*\b(?:correct\s+)?answers?\s+to\b|\bbenchmark\w*\s+(?:uses|used|draws\s+on|is\s+(?:run|done|performed|conducted)\s+on)\b|\bexperiments?\s+(?:use|used|are\s+(?:run|conducted|performed)\s+on)\b|\bresults\s+are\s+reported\s+on\b|\b(?:evaluat\w*|test(?:s|ed)?|benchmark(?:s|ed)?|assess\w*|examin\w*)\b[^.;]*\b(?:on|across|using)\b|\banswer(?:ed|s)?\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:questions|items|cases|vignettes)\s+(?:of|from|in)\b|\b(?:questions|items|cases|vignettes)\s+(?:were|are)\s+(?:drawn|taken|sampled|selected)\s+from\b|\busing\s+(?:the\s+)?(?:data|questions|items|cases)\s+(?:released\s+)?(?:for|from|of)\b/i;
// ("an ImageNet-pretrained ViT-L" describes a model; only a verb use marks training)
const TRAIN_CUE = /(?<!-)\b(?:train\w*|pre-?train\w*|fine-?tun\w*|instruction-tun\w*|built\s+on|derived\s+from)\b/i;
/** "images … that were not part of training": held-out data, not training data */
const UNSEEN_IN_TRAINING = /\b(?:not\s+(?:part\s+of|used\s+(?:for|in|during))|unseen\s+(?:in|during)|excluded\s+from|held\s+out\s+from)\s+(?:the\s+)?(?:pre-?)?training\b/gi;
const SUITE_TRAIN_CUE = /\b(?:train\w*|pre-?train\w*|fine-?tun\w*|instruction-tun\w*)\b/i;
/** "under linear probing and full fine-tuning", "in zero-shot and fine-tuned settings": how the roster
 * is evaluated, not what it is trained on. */
const PROTOCOL = /\b(?:under|in|with|via|using|after)\s+(?:both\s+)?(?:[\w-]+\s+){0,2}?(?:probing|fine-?tuning|settings?|regimes?|protocols?)(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:probing|fine-?tuning|settings?|regimes?|protocols?))?|\b(?:under|in)\s+(?:both\s+)?[\w-]+\s+and\s+fine-?tuned\s+(?:settings?|regimes?|modes?)/gi;
const OWN_OR_LOSER = /\b(?:our(?!\s+own\s+[A-Z])|than|outperform\w*|surpass\w*|versus|vs\.?|against|including\s+baselines)\b/i;
/** how many sentences apart a roster and its suite may sit */
const REACH = 2;
const NEAREST = Array.from({ length: REACH }, (_, k) => [k + 1, -(k + 1)]).flat();

interface SentenceRefs {
  span: Span;
  refs: MentionRef[];
}

function distinct(refs: MentionRef[], keep: (e: ResolvedEntity) => boolean): ResolvedEntity[] {
  return [...new Map(refs.filter((r) => keep(r.entity)).map((r) => [r.entity.key, r.entity])).values()];
}

/** Terminologies and literature databases a method draws on: never what a model is evaluated on. */
export const KNOWLEDGE_SOURCES = new Set(['pubmed', 'medline', 'umls', 'wikipedia', 'snomed-ct', 'mesh', 'medlineplus']);

const isModel = (e: ResolvedEntity): boolean => e.type === 'Model';
const isTarget = (e: ResolvedEntity): boolean => e.type === 'Benchmark' || e.type === 'Dataset';

/** EVALUATED_ON pairs between a model roster sentence and a nearby suite sentence. */
export function rosterRelations(text: string, sentences: SentenceRefs[], ownBenchmarks: ResolvedEntity[]): Relation[] {
  const out: Relation[] = [];
  sentences.forEach((roster, i) => {
    const rText = text.slice(roster.span.start, roster.span.end);
    const models = distinct(roster.refs, isModel);
    // ("an ImageNet-pretrained ViT-L": a data name that only modifies a model is no target here)
    // ("retrieving passages from PubMed": a knowledge source is no suite)
    const named = roster.refs.filter((r) => !/^-(?:pre-?trained|trained|initiali[sz]ed|based)\b/i.test(text.slice(r.end, r.end + 16)) && !KNOWLEDGE_SOURCES.has(r.entity.key));
    if (models.length < 2 || distinct(named, isTarget).length || !ROSTER_CUE.test(rText) || TRAIN_CUE.test(rText.replace(PROTOCOL, '')) || OWN_OR_LOSER.test(rText)) return;
    let paired = false;
    // the nearest suite sentence, the one after first on a tie
    for (const j of NEAREST.map((d) => i + d)) {
      if (paired || j < 0 || j >= sentences.length) continue;
      const suite = sentences[j]!;
      const sText = text.slice(suite.span.start, suite.span.end);
      const named = distinct(suite.refs, isTarget);
      // "X is a benchmark of … scored against ClinVar labels": the sentence defining the paper's own
      // benchmark names its sources too; the roster runs on the benchmark
      const own = named.filter((t) => ownBenchmarks.includes(t));
      const targets = own.length ? own : named;
      if (!targets.length || distinct(suite.refs, isModel).length || !SUITE_CUE.test(sText) || SUITE_TRAIN_CUE.test(sText.replace(UNSEEN_IN_TRAINING, ''))) continue;
      paired = true;
      const evidence = { text: text.slice(roster.span.start, suite.span.end), start: roster.span.start, end: suite.span.end };
      if (j < i) evidence.start = suite.span.start;
      if (j < i) evidence.end = roster.span.end;
      evidence.text = text.slice(evidence.start, evidence.end);
      for (const m of models) {
        for (const t of targets) out.push({ type: 'EVALUATED_ON', source: m.name, target: t.name, metric: null, value: null, evidence });
      }
    }
    // no suite nearby: the roster was run on the benchmark(s) the paper introduces
    if (paired) return;
    const evidence = { text: rText, start: roster.span.start, end: roster.span.end };
    for (const m of models) {
      for (const t of ownBenchmarks) out.push({ type: 'EVALUATED_ON', source: m.name, target: t.name, metric: null, value: null, evidence });
    }
  });
  return out;
}

const COMPARE_THEM = /\b[Ww]e\s+(?:then\s+|also\s+|further\s+)?compare\s+(?:them|these\s+(?:[\w-]+\s+)?(?:models|methods|systems|segmenters)|all\s+(?:[\w-]+\s+)?(?:models|methods))\s+(?:with|against|to)\b/g;

/** "We evaluate A and B on X and Y. We compare them with C.": C on X and Y as well. */
export function comparedWithRelations(text: string, sentences: SentenceRefs[], relations: Relation[]): Relation[] {
  const out: Relation[] = [];
  sentences.forEach((s, i) => {
    if (i === 0 || distinct(s.refs, isTarget).length) return;
    const said = text.slice(s.span.start, s.span.end);
    const cue = [...said.matchAll(COMPARE_THEM)][0];
    if (!cue) return;
    const from = s.span.start + cue.index + cue[0].length;
    const baselines = distinct(s.refs.filter((r) => r.start >= from), isModel);
    const prev = sentences[i - 1]!.span;
    const targets = [...new Set(relations.filter((r) => r.type === 'EVALUATED_ON' && r.evidence.start === prev.start).map((r) => r.target))];
    for (const model of baselines) {
      for (const target of targets) {
        out.push({ type: 'EVALUATED_ON', source: model.name, target, metric: null, value: null, evidence: { text: said, start: s.span.start, end: s.span.end } });
      }
    }
  });
  return out;
}
