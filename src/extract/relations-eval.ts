// Sentence-level relations between entities: EVALUATED_ON (with metric and the stated score),
// TRAINED_ON and OUTPERFORMS. Beaten baselines are not evaluated-on unless their own score is
// given; a sentence about "our model" is attributed to the paper's own named model.
import type { Relation } from '../schema/index.ts';
import type { ResolvedEntity } from './entities.ts';
import { inAside } from './relations-anchors.ts';
import { headedScore, respectively, scoreFor, scoresIn, type Score } from './scores.ts';
import type { Span } from './text.ts';

export interface MentionRef extends Span {
  entity: ResolvedEntity;
}

export interface SentenceContext {
  text: string;
  sentence: Span;
  refs: MentionRef[];
  /** every mention span in the paper (numbers inside names are not scores) */
  nameSpans: Span[];
  ownModel: ResolvedEntity | null;
  /** the one benchmark the paper introduces, for "we evaluated X, Y and Z" sentences */
  ownBenchmark: ResolvedEntity | null;
  /** model key → the single target it was evaluated on earlier in the paper ("Results: X achieved 61%") */
  priorTarget: Map<string, ResolvedEntity>;
  /** the model the previous sentence was about, for "It reaches …" sentences */
  priorSubject?: ResolvedEntity | null;
  /** the sentence's numbers read with `compared` (scoresIn), when the caller already has them */
  allScores?: Score[];
  /** result numbers of the sentence (filled in by sentenceRelations) */
  scores?: Score[];
}

const EVAL_CUE =
  /\b(?:evaluat\w*|(?:are|is|was|were)\s+(?:[\w-]+ly\s+)?(?:stronger|weaker)\s+than|test(?:ed|ing|s)?|benchmark\w*|achiev\w*|generali[sz](?:es|ed|ing)\s+(?:[\w-]+\s+){0,4}?to\b|audit(?:s|ed|ing)?\b|(?:handl|fare|do)\w*\s+(?:[\w-]+\s+){0,3}?(?:far\s+|much\s+|noticeably\s+|considerably\s+)?(?:better|worse)\s+than|competitive\s+(?:on|in)\b|(?:error|pass|win|hit)\s+rates?|(?:first|second|third|top)\s+place|leaderboards?|(?:systematic|empirical|comparative|large-scale|controlled)\s+(?:study|comparison|analysis)\s+of|scor\w*|reach\w*|attain\w*|obtain\w*|yield(?:s|ed|ing)?|lifts|boost(?:s|ed|ing)|improv(?:es|ed|ing)\s+(?:[\w-]+\s+){0,3}by|improv(?:es|ed|ing)\s+(?:[\w-]+\s+){0,2}(?:over|upon)\b|(?:rais|lift|push|increas)(?:es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w@-]+\s+){0,4}?(?:to|from)\s+\d|outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|perform\w*|accuracy|results?|state[- ]of[- ]the[- ]art|SOTA|SoTA|ranked|validat\w*|experiments?|assess\w*|compar\w*|with\s+an?\s+(?:[\w-]+\s+){1,4}of\s+\d)\b/i;
const TRAIN_WORD = /\b(?:(?:pre-?|fine-?)?train(?:ed|ing)?|pretrain\w*|fine-?tun\w*|finetun\w*)\b/gi;
// ("Fine-tuning raises exact match on X": the result verb, not the training, governs "on X")
const EVAL_WORD = /\b(?:evaluat|test|validat|benchmark|assess|achiev|compar|scor|accura|obtain|attain|reach|yield|rais(?=es|ed|ing)|lift(?=s|ed|ing)|boost(?=s|ed|ing)|performance\b|results?\b)\w*/gi;
const ADJECTIVAL = /^\S+\s+(?:[\w/-]+\s+){0,4}?(?:models?|LLMs?|networks?|encoders?|baselines?|weights|checkpoints?|variants?)\b/i;
// "trained on X", and "fine-tune Q on a 40,000-question instruction set, X," (X in apposition to the data)
const TRAIN_THEN_ON = /\b(?:on|using|with|from)\s+(?:(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}|(?:an?|the|our)\s+[^,;.()]{0,60},\s*)$/i;

/** Is the target the data something was trained on: the nearest cue before it is a training verb. */
export function trainingTarget(prefix: string): boolean {
  if (!TRAIN_THEN_ON.test(prefix)) return false;
  // "pre-trained … models" describes models; only a verb use ("trained on") marks training data
  // ("After fine-tuning, X improves … on Y": a fronted time phrase, not a verb governing "on Y")
  const verbal = [...prefix.matchAll(TRAIN_WORD)].filter((m) => !ADJECTIVAL.test(prefix.slice(m.index)) && !/^\S+\s*,/.test(prefix.slice(m.index)));
  const lastTrain = Math.max(-1, ...verbal.map((m) => m.index));
  if (lastTrain === -1 || prefix.length - lastTrain > 90) return false;
  const lastEval = Math.max(-1, ...[...prefix.matchAll(EVAL_WORD)].map((m) => m.index));
  if (/\b(?:validat|evaluat|test)\w*\s+by\s+(?:fine-?tun|train)\w*[^.;]*$/i.test(prefix)) return false;
  return lastTrain > lastEval;
}
export const SOURCE_BEFORE =
  /(?:\b(?:deriv(?:ed|es)|buil[dt]s?|construct(?:ed|s)|curat(?:ed|es)|sourc(?:ed|es)|convert(?:ed|s)|extract(?:ed|s)|collect(?:ed|s)|translat(?:ed|es)|adapt(?:ed|s)|based|creat(?:ed|es)|compil(?:ed|es)|drawn|draws|aggregat(?:ed|es)|generat(?:ed|es))\s+(?:up)?(?:on|from)|\bincorporat\w*|\bleverag\w*|\baugment\w*\s+with|\bgrounded\s+(?:in|on))\s+(?:the\s+|existing\s+|public\s+)*(?:[\w-]+\s+){0,2}$/i;
const ITEMS_DRAWN_FROM = /\b(?:questions|items|cases|vignettes|problems)\s+(?:were\s+|are\s+)?(?:drawn|taken|sampled|selected)\s+from\s+(?:the\s+)?$/i;
const BUILDS = /\b(?:build|built|construct\w*|curat\w*|assembl\w*|compil\w*|creat\w*|deriv\w*|introduc\w*|present\w*|releas\w*)\b/i;
const BEATEN_BEFORE =
  /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|than|(?<!\b(?:averaged|aggregated|pooled|computed|measured|carry|carries|carried)\s)over|compar(?:ed|ing|es)\s+(?:to|with|against)|versus|vs\.?|against|improv(?:es|ed|ing)\s+(?:up)?on|relative\s+to|rival\w*|match\w*|approaching|approaches|on\s+par\s+with|including\s+baselines|(?:consistently\s+|well\s+|clearly\s+)?(?:above|below)|(?:narrowly\s+|well\s+|clearly\s+)?ahead\s+of|(?:backbones?|generators?|base\s+models?|LLMs)\s+(?:including|such\s+as|like|e\.g\.)|within\s+(?:[\w.]+\s*){0,2}(?:points?|%|pp)\s+of)\b[^;]*$/i;
const BASE_BEFORE = /\b(?:based\s+on|built\s+(?:up)?on|on\s+top\s+of|initiali[sz]ed\s+(?:from|with)|derived\s+from|fine-?tun\w*\s+(?:from)?|backbone|base\s+models?|starting\s+from|adapt\w*|(?:swapp|switch|replac)(?:ed|ing)\s+(?:for|to|with|by)|(?:[Pp]lugged|[Ii]ntegrated|[Ii]nserted|[Dd]ropped)\s+into(?:\s+an?|\s+the)?(?:\s+standard|\s+existing|\s+off-the-shelf)?)\s+(?:the\s+)?(?:(?!(?:outperform|surpass|exceed|beat|rival|match)\w*\s)[\w-]+\s+){0,2}\(?$|\bthe\s+(?:aggregator|aggregation\s+head|encoder|backbone|reader|retriever|judge|planner)\s*\($|\b(?:[Ee]valuated|[Aa]ssessed|[Tt]ested|[Ss]cored|[Bb]enchmarked)\s+(?:with|using|via|through)\s+(?:the\s+)?$|(?:^|[.;]\s+)(?:[Cc]ombined|[Pp]aired|[Cc]oupled|[Ee]quipped|[Pp]owered|[Bb]acked|[Ii]nstantiated)\s+(?:with|by)\s+(?:the\s+)?$/i;
const OWN_REF =
  /\b[Ww]e\s+(?:also\s+|further\s+|then\s+)?(?:evaluat|test|benchmark|assess|validat)\w*\s+(?:the|this)\s+(?:approach|method|framework|representation|pipeline|technique)\s+(?:on|across)\b|\bwe\s+perform\s+(?:[\w-]+\s+){0,2}cross-validation\s+on\b|\b(?:our|the\s+proposed|this)\s+(?:[\w-]+\s+){0,3}?(?:model|method|approach|framework|system|network|agent)s?\b|\b[Tt]he\s+resulting\s+(?:[\w-]+\s+){0,2}?(?:model|system|method)\b(?!\s*,)(?!\s+\()|\bwe\s+(?:also\s+)?(?:achieve|obtain|attain|reach|observe)\w*|\bwe\s+(?:demonstrate|show)\s+that\s+(?:our|the|a|this)\s|\bwe\s+(?:leverage|use|employ|apply|utili[sz]e)\b[^.]*\bperformance\s+on\b|\bwe\s+(?:[a-z-]+\s+and\s+)?(?:evaluat|test|benchmark|assess|validat)\w*\s+(?:it\s+|them\s+)?(?:on|across)\s|\b(?:specific\s+)?model\s+variants\b/i;
const OWN_SYSTEM = /\b(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,3}?(?:model|method|approach|framework|system|network|agent)s?\b/i;
// ("proves hard to beat" is no win)
const OUTPERFORM_CUE = /\b(?:outperform\w*|surpass\w*|exceed\w*|(?<!\b(?:hard|difficult|tough)\s+to\s+)beat\w*|better\s+than|superior\s+to|improv(?:es|ed|ing)\s+(?:up)?on|improv\w*\s+over)\b/gi;
const OWN_EVAL_CUE =
  /\b(?:achiev\w*|outperform\w*|surpass\w*|scor\w*|accuracy|state[- ]of[- ]the[- ]art|SOTA|SoTA|evaluat\w*\s+on|experiments?\s+(?:on|across)|results?\s+on|performance\s+on)\b/i;
// ("open-source models still trail" is an adjective, not a release)
const INTRO_VERB = /\b(?:introduce|present|propose|release|construct|build|curate|develop|create|open-source(?!\s+(?:[\w-]+\s+)?(?:models?|LLMs?|MLLMs?|counterparts?|alternatives?|systems?|baselines?|ones)\b))\w*\b/i;
const EXAMPLE_BEFORE = /\b(?:benchmarks|datasets|suites|tests|exams)\s*,?\s+(?:such\s+as|like|e\.g\.,?|including)\s+(?:[\w.-]+(?:\s+[\w.-]+)?(?:\s*,\s*|\s+(?:and|or)\s+))*$/i;
const RESULT_VERB =
  /\b(?:evaluat\w*|test(?:ed|ing)|benchmark(?:ed|ing)|(?<=\b[Ww]e\s+(?:then\s+|also\s+|further\s+)?)benchmark|assess\w*|(?:systematic|empirical|comparative|large-scale|controlled)\s+(?:study|comparison|analysis)\s+of|achiev\w*|outperform\w*|surpass\w*|improv\w*|scor(?:ed|es)|validat\w*|experiments?|results?|reach\w*|attain\w*|obtain\w*)\b/i;
const STRONG_EVAL = /\b(?:evaluat\w*|results?|(?:clearly\s+)?lead(?:s)?\s+(?:on|in)|(?:are|is|was|were)\s+(?:[\w-]+ly\s+)?(?:stronger|weaker)\s+than|generali[sz](?:es|ed|ing)\s+(?:[\w-]+\s+){0,4}?to\b|(?:handl|fare|do)\w*\s+(?:[\w-]+\s+){0,3}?(?:far\s+|much\s+|noticeably\s+|considerably\s+)?(?:better|worse)\s+than|competitive\s+(?:on|in)\b|(?:first|second|third|top)\s+place|leaderboards?|(?:error|pass|win|hit)\s+rates?|perform(?:ed|s)?\s+(?:\w+ly\s+)?(?:best|worst|better|worse|well|poorly|strongly)|outperform\w*|surpass\w*|benchmark(?:ed|ing)|tested|achiev\w*|attain\w*|reach(?:es|ed)?|obtain(?:s|ed)|yield(?:s|ed)|scor\w*|accuracy|success\s+rate|experiments?|performance)\b/i;
const ON_TARGET = /\b(?:on|across|over|in|for)\b[^.;]{0,45}$|\bleaderboards?\s+(?:of|for)\b[^.;]{0,40}$/i;
/** "on a wide range of signals with … rates (ECG: PTB-XL": sets listed in a bracket after "on …" */
const ON_BRACKET = /\b(?:on|across)\s+[^.;()]{0,90}\(\s*(?:[A-Za-z-]+\s*:\s*)?$/;
/** "Experiments on X", "Experiments with Y on X", "evaluated on X": an explicit evaluation on the set */
const EXPLICIT_EVAL_ON = /\b(?:[Ee]xperiments?|[Ee]valuat\w*|[Tt]est(?:ed|s)?|[Bb]enchmark(?:ed|ing))\b(?:\s+(?:with|of)\s+[\w.-]+)?\s+on\s+(?:the\s+)?$/;
const SCORE_THEN_MODEL = /(\d+(?:\.\d+)?)\s*(?:%|\\%)?\s*\($/;
// ("… and LLaVA-Med as well as the proprietary GPT-4o", "… and proprietary ones such as GPT-4o")
const DESCRIBED_LIST_GAP = /^\s*,?\s*(?:(?:(?:by\s+[\d.]+\s*(?:%|points?|pp)?\s+)?(?:and|as\s+well\s+as)\s+|or\s+)?(?:an?|the)\s+|(?:and|or|as\s+well\s+as)\s+(?:earlier|previous|prior|other|existing|recent|several)\s+)(?:[\w-]+\s+){0,4}(?:models?|baselines?|systems?|LLMs?|methods?)?,?\s*$|^\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:[\w-]+\s+){0,2}(?:ones|models|systems|LLMs|VLMs|baselines)\s+(?:such\s+as|like|including)\s+$/;
const BENCHMARK_AGAINST = /\b[Ww]e\s+(?:benchmark|compare|evaluate|test|assess)\s+(?!.*\b(?:outperform|surpass|beat|exceed)\w*)[^.;]*$/;
/** "Tests on standard medical question-answering benchmarks show …": unnamed suites other than the paper's own */
const OTHER_SUITES = /\b(?:standard|other|general|external|public|existing|established|widely\s+used)\s+(?:[\w-]+\s+){0,3}(?:benchmarks|datasets|data\s+sets|test\s+sets)\b/i;
/** "Fine-tuning X on this curriculum yields Y": how a model was made, no result */
const DERIVATION = /\b(?:[Ff]ine-?tun\w*|[Tt]rain\w*|[Pp]re-?train\w*|[Dd]istill\w*)\b[^.;]*\b(?:yields?|gives|produces|results\s+in)\s+(?:a\s+|the\s+)?[A-Z]|\b(?:is|are)\s+obtained\s+by\s+(?:[\w-]+\s+){0,2}(?:tuning|training|fine-?tuning|distilling)\b/;
const LIST_GAP = /^\s*(?:\([^)]*\))?\s*(?:,|;)?\s*(?:and|or|as\s+well\s+as)?\s*$/;
const ROLE_LIST_BEFORE = /\b(?:with|using|on|across)\s+(?:two|three|four|five|several|multiple|various|different|both)?\s*(?:[\w-]+\s+)?(?:backbones|base\s+models|encoders|generators|readers|retrievers)\s*(?:[,:(]\s*(?:including\s+|such\s+as\s+|namely\s+)?|\s+(?:including|such\s+as|namely)\s+)$/i;
/** "Using Quilt-LLaVA as the backbone, X is evaluated on …": a model named as another system's part */
const AS_PART_AFTER = /^\s+as\s+(?:(?:the|its|our|a)\s+(?:[\w-]+\s+)?(?:backbone|encoder|decoder|base\s+model|retriever|reader|generator|judge|planner|aggregator|teacher|feature\s+extractor)|(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:backbones|base\s+models|base\s+LLMs|underlying\s+(?:models|LLMs)))\b/i;
const MODIFIER_AFTER = /^\s*(?:training|code|codebase|weights|backbones?|encoders?|decoders?|features|embeddings|architecture|tokenizer|generators?|judges?|planners?|readers?|heads?|aggregators?|base\s+models?)\b/i;
/** "WardPilot with GPT-4o", "; with Qwen2.5-72B-Instruct it reaches": a model attached to the system */
const WITH_AFTER_MODEL = /^\s+(?:paired\s+|combined\s+|equipped\s+|coupled\s+)?with\s+(?:an?\s+|the\s+)?$/;
const PAIRING = /\bwe\s+(?:also\s+)?(?:pair|match)(?:s|ed)?\b[^.;]*\bwith\b/i;
const WITH_AFTER_SEMICOLON = /;\s*with\s+(?:an?\s+|the\s+)?$/i;
const PAREN_ANY = /^\s*\(\s*\d+(?:\.\d+)?\s*(?:%|\\%)?\s*(?:\)|vs)/;
/** "…, it reaches an AUROC of 0.884": a pronoun subject continues the previous sentence's model. */
const PRONOUN_SUBJECT =
  /(?:^|[,;:]\s+|\band\s+|^(?:In|On|Across|For|Under)\s[^,;]{0,90}?\s)(?:it|the\s+model|this\s+model|the\s+system)\s+(?:also\s+|further\s+|then\s+|still\s+|[a-z]+ly\s+)?(?:achiev|reach|attain|obtain|scor|outperform|surpass|yield|records?\b|answers|assigns|retains|leads|ranks|improv|gets|delivers|exceed(?:s|ed)|match(?:es|ed)|beats\b)/i;
/** "compared with 0.742 for PraNet", "versus 49.0% for Video-LLaVA": a baseline's own score. */
const SCORE_FOR_MODEL = /(?<![\w.])(?<!\bby\s)(\d+(?:\.\d+)?)\s*(?:%|\\%)?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+|[A-Z][A-Za-z]{0,6}[-@]?\d*\s+)?for\s+(?:the\s+)?$/;
const PAREN_SCORE = /^\s*\((\d+(?:\.\d+)?)\s*(?:%|\\%)?\s*\)/;

function evidence(text: string, s: Span): Relation['evidence'] {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

function isTarget(e: ResolvedEntity): boolean {
  return e.type === 'Benchmark' || e.type === 'Dataset';
}

/** Is the model mention a beaten baseline (after "outperforms", "than", "over" in its clause)? */
function beaten(text: string, ref: MentionRef, refs: MentionRef[], s: Span): boolean {
  const prior = refs.filter((r) => r.end <= ref.start && r.entity.type === 'Model').pop();
  const from = prior ? prior.end : s.start;
  return BEATEN_BEFORE.test(text.slice(from, ref.start));
}

function metricNear(ctx: SentenceContext, at: Span | null, fallback = true, reach = 30): string | null {
  const metrics = ctx.refs.filter((r) => r.entity.type === 'Metric');
  if (!metrics.length) return null;
  if (at) {
    const dist = (m: Span, x: Span): number => (m.start >= x.end ? m.start - x.end : x.start - m.end);
    // a measure sitting closer to another score in the sentence belongs to that score
    const mine = (m: MentionRef): boolean => headedScore(ctx.text, m, at) ?? (ctx.scores ?? []).every((sc) => sc.start === at.start || dist(m, sc) >= dist(m, at));
    const near = metrics
      .map((m) => ({ m, d: dist(m, at) }))
      .filter((x) => x.d >= 0 && x.d <= reach && mine(x.m))
      .sort((a, b) => a.d - b.d)[0];
    if (near) return near.m.entity.name;
    if (!fallback) return null;
  }
  const names = new Set(metrics.map((m) => m.entity.name));
  return names.size === 1 ? [...names][0]! : null;
}

/** A target opening its clause with no preposition before it is the sentence's subject
 * ("Specifically, our best dataset X enables …"), not something evaluated on. */
export function isSubject(text: string, s: Span, t: Span): boolean {
  const prefix = text.slice(s.start, t.start);
  if (prefix.trim() === '') return true;
  const clause = prefix.slice(Math.max(prefix.lastIndexOf(','), prefix.lastIndexOf(':'), prefix.lastIndexOf(';')) + 1);
  if (clause.trim() === '') return false;
  if (/\b(?:on|in|across|over|with|using|of|for|at|by|via|under|from|to|like|as|including|among|and|or|than|versus|vs|between)\b|[(]/i.test(clause)) return false;
  // "X lifts MedQA accuracy to 86.9%": the object of a result verb
  if (/\b(?:lifts?|raises?|improves?|boosts?|pushes|brings|increases|tops|leads|solves)\s+(?:the\s+|its\s+)?$/i.test(clause)) return false;
  return clause.trim().split(/\s+/).length <= 5;
}

/** Who reported a score: the subject mentioned last before it (else the first subject). */
function ownerOf(score: Span, subjects: MentionRef[], entities: ResolvedEntity[]): ResolvedEntity | null {
  const before = subjects.filter((m) => m.end <= score.start).pop();
  return before?.entity ?? entities[0] ?? null;
}

export function sentenceRelations(ctx: SentenceContext): Relation[] {
  const { text, sentence: s, refs } = ctx;
  const sText = text.slice(s.start, s.end);
  const out: Relation[] = [];
  const ev = evidence(text, s);
  const models = refs.filter((r) => r.entity.type === 'Model');
  const targets = refs.filter((r) => isTarget(r.entity));
  const scores: Score[] = ctx.allScores ? ctx.allScores.filter((sc) => !sc.compared) : scoresIn(text, s, ctx.nameSpans);
  ctx.scores = scores;
  // ("MedScopeKit, an open evaluation framework that wraps … benchmarks": a tool's name for itself is no evaluation)
  const cueText = sText.replace(/\bevaluation\s+(?:framework|suite|toolkit|harness|platform|pipeline|library|tool)s?\b/gi, '');
  const isEval = EVAL_CUE.test(cueText);
  const losers = new Set<string>();
  const bases = new Set<MentionRef>();
  models.forEach((m, i) => {
    const prev = models[i - 1];
    const listed = prev && LIST_GAP.test(text.slice(prev.end, m.start));
    const scoredBaseline = SCORE_FOR_MODEL.test(text.slice(Math.max(s.start, m.start - 30), m.start));
    // "comparing with A, B, a supervised C and the contrastive method D": described list items stay beaten
    const describedItem = prev && DESCRIBED_LIST_GAP.test(text.slice(prev.end, m.start));
    // "we benchmark A, B and C against D on X": D is the comparison, run on X as well
    // (only a single comparison after a roster: "we benchmark Lumen against UNI, CONCH and Virchow2" lists baselines)
    const next = models[i + 1];
    const comparedIn = i >= 2 && /^\s*,?\s*against\s+(?:the\s+)?$/.test(text.slice(prev?.end ?? s.start, m.start)) && BENCHMARK_AGAINST.test(text.slice(s.start, m.start)) && !(next && LIST_GAP.test(text.slice(m.end, next.start)));
    if ((beaten(text, m, refs, s) && !comparedIn) || ((listed || describedItem) && losers.has(prev.entity.key)) || scoredBaseline) losers.add(m.entity.key);
    // ("We pair Meditron-70B with Llama-2-70B, …": after "we pair/match", "with" joins equals)
    const attached = !PAIRING.test(sText) && ((prev && WITH_AFTER_MODEL.test(text.slice(prev.end, m.start))) || WITH_AFTER_SEMICOLON.test(text.slice(Math.max(s.start, m.start - 12), m.start)));
    // "RFN-CLIP, a ViT-B/16 image encoder trained on it, achieves …": the appositive's model describes the one before
    const described = prev && /^,\s+an?\s+$/.test(text.slice(prev.end, m.start));
    // "with two backbones, PubMedBERT and ProtoNER": models listed as the parts a method runs on
    const partList = ROLE_LIST_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start));
    // "NV-Embed-v2, fed with figure descriptions written by GPT-4o, ranks first": a helper inside an aside
    const aside = prev !== undefined && inAside(text, prev.end, m);
    // "Fine-tuning X on our split raises its accuracy …": the fine-tuned X is what the sentence scores
    // ("Further fine-tuning of X helps …, with a kappa of 0.871 on Y": the same)
    const tunedSubject = (/^\s*(?:[Ff]urther\s+)?[Ff]ine-?tuning\s+$/.test(text.slice(s.start, m.start)) && /\b(?:rais|improv|lift|boost|increas)(?:es|ed)\s+its\b/.test(sText)) || /^\s*(?:[Ff]urther\s+)?[Ff]ine-?tuning\s+of\s+(?:the\s+)?$/.test(text.slice(s.start, m.start));
    if (attached || described || partList || aside || (!tunedSubject && BASE_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start))) || (listed && bases.has(prev)) || MODIFIER_AFTER.test(text.slice(m.end, m.end + 20)) || AS_PART_AFTER.test(text.slice(m.end, m.end + 40))) bases.add(m);
  });
  // "across A and B generators": the role noun after a list makes every listed model a part
  const roleListed = new Set<MentionRef>();
  for (let i = models.length - 1; i > 0; i--) {
    const m = models[i]!;
    const prev = models[i - 1]!;
    const roleAfter = roleListed.has(m) || MODIFIER_AFTER.test(text.slice(m.end, m.end + 20)) || AS_PART_AFTER.test(text.slice(m.end, m.end + 40));
    if (roleAfter && LIST_GAP.test(text.slice(prev.end, m.start))) {
      bases.add(prev);
      roleListed.add(prev);
    }
  }
  const subjects = models.filter((m) => !losers.has(m.entity.key) && !bases.has(m));
  const subjectEntities = [...new Map(subjects.map((m) => [m.entity.key, m.entity])).values()];
  const pronoun = !subjects.length && ctx.priorSubject && PRONOUN_SUBJECT.test(sText) ? ctx.priorSubject : null;
  const own = OWN_REF.test(sText) || (!models.length && OWN_EVAL_CUE.test(sText)) ? ctx.ownModel : pronoun;
  if (own && !subjectEntities.some((e) => e.key === own.key)) subjectEntities.push(own);

  const seen = new Set<string>();
  const push = (r: Relation): void => {
    const id = `${r.type}|${r.source}|${r.target}|${r.value ?? ''}|${r.metric ?? ''}`;
    if (!seen.has(id) && r.source !== r.target) {
      seen.add(id);
      out.push(r);
    }
  };

  const ownOnly = !subjects.length && own !== null;
  const paired = respectively(text, s, [...new Map(targets.map((t) => [t.entity.key, t])).values()], scores);
  const carried = !targets.length && subjectEntities.length === 1 && scores.length >= 1 ? ctx.priorTarget.get(subjectEntities[0]!.key) : undefined;
  // "The experimental results demonstrate … with our framework": the paper's model on the paper's benchmark
  const ownOnOwn = !targets.length && !subjects.length && own !== null && ctx.ownBenchmark !== null && OWN_SYSTEM.test(sText);
  const evalTargets = targets.length
    ? targets
    : STRONG_EVAL.test(sText) && (subjects.length || ownOnOwn) && (ctx.ownBenchmark || carried) && !/\bfamil(?:y|ies)\b/i.test(sText) && !(ctx.ownBenchmark && !carried && (OTHER_SUITES.test(sText) || (DERIVATION.test(sText) && !scores.length)))
      ? [null]
      : [];
  let prevTarget: MentionRef | null = null;
  let prevTraining = false;
  let prevOnTarget = false;
  for (const t of evalTargets) {
    const target = t ? t.entity : (ctx.ownBenchmark ?? carried)!;
    const before = t ? text.slice(Math.max(s.start, t.start - 70), t.start) : '';
    const listedAfter = t && prevTarget && LIST_GAP.test(text.slice(prevTarget.end, t.start).replace(/'s\b|\b[A-Z][A-Za-z]*'s\s+/g, ''));
    // "(ECG: PTB-XL and MIMIC-IV-ECG; EEG: TUH EEG Corpus)": a labelled sub-list continues the one before
    const continuesList: boolean = t !== null && prevTarget !== null && prevOnTarget && (listedAfter || /^\s*[,;]\s*(?:and\s+)?[A-Za-z-]+\s*:\s*$|^\s*,?\s*(?:and\s+)?(?:[\w-]+\s+){0,2}(?:subtasks?|subsets?|sections?|splits?|tasks?|parts?)\s+(?:from|of|in)\s+(?:the\s+)?$/.test(text.slice(prevTarget.end, t.start)));
    // ("… on the X training split, and it improves … on the X test split": the test split is no training data)
    const testSplit = t !== null && /^\s+(?:test|testing|evaluation|held-out)\s+(?:split|set|portion|subset)\b/i.test(text.slice(t.end, t.end + 30));
    const training: boolean = t && !testSplit ? (listedAfter ? prevTraining : trainingTarget(text.slice(s.start, t.start))) : false;
    if (t) {
      prevTarget = t;
      prevTraining = training;
    }
    if (t && training) {
      // ("A and B leave wide margins on X; fine-tuning C on X-Train narrows the gap": only the clause's model trains)
      const otherClause = (m: MentionRef): boolean => text.slice(Math.min(m.end, t.end), Math.max(m.start, t.start)).includes(';');
      const trainees = subjects.some(otherClause) && !subjects.every(otherClause) ? [...new Set(subjects.filter((m) => !otherClause(m)).map((m) => m.entity))] : subjectEntities;
      for (const m of trainees) push({ type: 'TRAINED_ON', source: m.name, target: target.name, metric: null, value: null, evidence: ev });
      continue;
    }
    // ("… on 120 case vignettes drawn from MedBullets": the test items' source is what the model was run on,
    // unless the sentence builds something from them)
    const testItems = t !== null && ITEMS_DRAWN_FROM.test(before) && !BUILDS.test(sText);
    if (!isEval || (t && ((SOURCE_BEFORE.test(before) && !testItems) || isSubject(text, s, t)))) continue;
    // "an ImageNet-pretrained ResNet-50": the data name only modifies a model
    if (t && /^-(?:pre-?trained|trained|initiali[sz]ed|based|derived|tuned)\b/i.test(text.slice(t.end, t.end + 16))) continue;
    // "performance on benchmarks such as MedQA says little …": an example named in passing, no evaluation
    if (t && !scores.length && EXAMPLE_BEFORE.test(before) && !RESULT_VERB.test(cueText)) continue;
    if (t) prevOnTarget = !ownOnly || continuesList || ON_TARGET.test(before.slice(-40)) || ON_BRACKET.test(text.slice(s.start, t.start));
    if (ownOnly && t && !prevOnTarget) continue;
    const others = targets.filter((o) => o !== t);
    const score = t ? paired?.get(t) ?? scoreFor(text, t, scores, others) : scores.length === 1 ? scores[0]! : null;
    if (!t && scores.length > 1) {
      // several measures reported against the paper's benchmark: one relation per named measure
      for (const sc of scores) {
        const owner = ownerOf(sc, subjects, subjectEntities);
        const metric = metricNear(ctx, sc, false);
        if (owner && metric) push({ type: 'EVALUATED_ON', source: owner.name, target: target.name, metric, value: sc.value, evidence: ev });
      }
    }
    const owner = score ? ownerOf(score, subjects, subjectEntities) : null;
    // a dataset the paper is releasing in this very sentence (an intro verb before it), or releases as training data, is not
    // something a model was evaluated on unless a score says so, or the words do ("Experiments with X on D show …")
    const ownSubjectsOnly = subjectEntities.length > 0 && subjectEntities.every((m) => m.introduced);
    const statedOn = t !== null && EXPLICIT_EVAL_ON.test(before);
    if (t && !score && target.introduced && (INTRO_VERB.test(text.slice(s.start, t.start)) || (!target.roles.includes('Benchmark') && ownSubjectsOnly && !statedOn))) continue;
    const assigned = new Set<string>();
    for (const m of models) {
      // "ranging from 35% (GPT-4) to 68% (MPT-7B)": a score right before the model's bracket
      const lead = SCORE_THEN_MODEL.exec(text.slice(Math.max(s.start, m.start - 12), m.start));
      const forLead = !subjects.includes(m) && (t || carried) ? SCORE_FOR_MODEL.exec(text.slice(Math.max(s.start, m.start - 30), m.start)) : null;
      if (forLead && !assigned.has(m.entity.key) && new Set(targets.map((x) => x.entity.key)).size <= 1) {
        assigned.add(m.entity.key);
        const at = { start: m.start - forLead[0].length, end: m.start };
        push({ type: 'EVALUATED_ON', source: m.entity.name, target: target.name, metric: metricNear(ctx, at, true, 60), value: Number(forLead[1]), evidence: ev });
        continue;
      }
      if (lead && text[m.end] === ')' && !assigned.has(m.entity.key)) {
        assigned.add(m.entity.key);
        const at = { start: m.start - lead[0].length, end: m.start };
        push({ type: 'EVALUATED_ON', source: m.entity.name, target: target.name, metric: metricNear(ctx, at), value: Number(lead[1]), evidence: ev });
      }
    }
    if (t && score && owner) {
      // "48% diagnostic accuracy and … 64% … (recall)": further measures of the same result
      const firstMetric = metricNear(ctx, score, false);
      for (const sc of scores) {
        const between = (o: Span): boolean => o.start > score.end && o.start < sc.start;
        // a later number stated after another target or another model is not this result's
        if (sc.start <= score.start || others.some(between) || models.some((m) => m.entity.key !== owner.key && between(m))) continue;
        const metric = metricNear(ctx, sc, false, 45);
        if (metric && metric !== firstMetric) {
          push({ type: 'EVALUATED_ON', source: owner.name, target: target.name, metric, value: sc.value, evidence: ev });
        }
      }
    }
    for (const m of subjectEntities) {
      if (assigned.has(m.key)) continue;
      const withValue = score !== null && owner === m;
      push({
        type: 'EVALUATED_ON',
        source: m.name,
        target: target.name,
        metric: withValue ? metricNear(ctx, score) : score ? null : metricNear(ctx, null),
        value: withValue ? score.value : null,
        evidence: ev,
      });
    }
    // a beaten baseline with its own stated score: "surpassing GPT-4o (0.866)"
    for (const m of models) {
      if (subjects.includes(m)) continue;
      const after = text.slice(m.end, s.end);
      if (!PAREN_ANY.test(after) || assigned.has(m.entity.key)) continue;
      const paren = PAREN_SCORE.exec(after);
      const single = paren && new Set(targets.map((x) => x.entity.key)).size <= 1;
      const at = { start: m.end, end: m.end + (paren?.[0].length ?? 1) };
      push({
        type: 'EVALUATED_ON',
        source: m.entity.name,
        target: target.name,
        metric: single ? metricNear(ctx, at) : null,
        value: single ? Number(paren[1]) : null,
        evidence: ev,
      });
    }
  }

  for (const cue of sText.matchAll(OUTPERFORM_CUE)) {
    const at = s.start + cue.index;
    const winner = subjects.filter((m) => m.end <= at).pop()?.entity ?? (own && models.every((m) => m.start > at) ? own : null);
    if (!winner) continue;
    const clauseEnd = (() => {
      const semi = text.indexOf(';', at);
      return semi !== -1 && semi < s.end ? semi : s.end;
    })();
    const benchmark = targets[0]?.entity.name ?? null;
    for (const loser of models.filter((m) => m.start > at && m.start < clauseEnd && !subjects.includes(m) && !bases.has(m))) {
      push({ type: 'OUTPERFORMS', source: winner.name, target: loser.entity.name, metric: null, value: null, benchmark, evidence: ev });
    }
  }
  return out;
}
