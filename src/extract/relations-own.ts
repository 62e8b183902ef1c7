// The paper's own model and own evaluation set: the introduced model the abstract keeps talking about,
// and the one benchmark it introduces, else the one data set it releases and says it evaluates on (or,
// for unnamed models, the one suite they ran on). Sentences that name no model or no set fall back to these.
import type { ResolvedEntity } from './entities.ts';

/** "We benchmark a range of LLMs on the data released for the X shared task": the suite unnamed models ran on */
const SUITE_OF_UNNAMED =
  /\b[Ww]e\s+(?:then\s+)?(?:benchmark|evaluate|test|assess)\s+(?:a\s+(?:wide\s+)?range\s+of|a\s+set\s+of|several|many|various|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[\w-]+\s+){0,3}?(?:LLMs|models|MLLMs|VLMs|LVLMs|systems|methods)\s+on\s+(?:the\s+)?(?:data\s+(?:released\s+)?(?:for|from|of)\s+the\s+)?$/;
/** "We benchmark GPT-4o, Claude 3.5 Sonnet, … and MedGemma-27B": named models run on the paper's data */
const NAMED_ROSTER_EVAL = /\b[Ww]e\s+(?:benchmark(?:ed)?|evaluated?|test(?:ed)?|assess(?:ed)?)\s+(?:[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3},\s+){2,}|\b[Ww]e\s+(?:benchmark(?:ed)?|evaluated?|test(?:ed)?|assess(?:ed)?)\s+[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3},\s+[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3},?\s+and\s+[A-Z]|\bBenchmarks?\s+(?:results\s+)?(?:are|is)\s+(?:reported|provided|given|established)\s+for\b/;
const EXPERIMENTS_SHOW = /\b(?:[Ee]xtensive\s+|[Oo]ur\s+)?[Ee]xperiments\s+(?:[\w-]+\s+){0,3}?(?:show|reveal|demonstrate|indicate)\b/;
const SCORED_RESULT = /\b(?:reach(?:es)?|achieves|obtains|attains|scores)\s+(?:an?\s+)?(?:[\w()-]+\s+){0,5}?(?:of\s+)?(?:only\s+|just\s+)?\d+(?:\.\d+)?/;
/** "Using this dataset, we evaluate …", "We benchmark three extractors.": models run on the data the paper releases */
const OWN_DATA_EVAL =
  /\bBenchmarking\s+(?:[\w-]+\s+){0,3}?(?:shows|reveals|demonstrates|indicates|finds)\b|\b(?:using|on|with)\s+(?:this|our|the\s+proposed)\s+(?:new\s+)?(?:dataset|benchmark|corpus)\b[^.]*\b(?:evaluat|assess|benchmark|test)|\bevaluat\w*\b[^.]*\b(?:on|using|with)\s+(?:this|our)\s+(?:new\s+)?(?:dataset|benchmark|corpus)\b|\b(?:With|Using|On)\s+[A-Z][\w-]*,?\s+we\s+(?:benchmark|evaluate|test|compare|assess|examine)\b|\b(?:measured|evaluated|tested|assessed|reported)\s+on\s+(?:a|the)\s+held-out\s+(?:split|set|portion|part|subset)\s+of\b|\bwe\s+(?:benchmark|evaluate|test|compare|assess|examine)\s+(?:[\w-]+\s+){0,4}(?:models|methods|baselines|systems|extractors|approaches|LLMs|MLLMs|VLMs|retrievers|readers|encoders|generators|agents|chatbots|segmenters|tools|backbones|architectures|networks|classifiers|detectors)\b/i;

/** "X-Train", "X-SFT": a released training split, never the paper's evaluation set */
const TRAINING_SPLIT = /[-_\s](?:Train|train|TRAIN|Training|SFT|Instruct)$/;

/** The paper's own model (the introduced one it keeps talking about) or own evaluation set (its one
 * introduced benchmark, else the one data set it releases and says it evaluates on). */
export function ownOf(entities: ResolvedEntity[], type: 'Model' | 'Benchmark', text: string): ResolvedEntity | null {
  const own = entities.filter((e) => e.introduced && (type === 'Model' ? e.type === 'Model' : e.roles.includes('Benchmark') && e.type !== 'Model'));
  if (type === 'Benchmark') {
    if (own.length === 1) return own[0]!;
    if (own.length > 1) return null;
    // a released dataset the abstract then evaluates models on ("Using this dataset, we evaluate …")
    // ("We also provide X-Train, a split for instruction tuning": a training split is not what models are scored on)
    const data = entities.filter((e) => e.introduced && e.type === 'Dataset' && !TRAINING_SPLIT.test(e.name));
    // ("Extensive experiments show that current models … generalise poorly" in a paper releasing data and no model)
    // ("We call the resulting collection X. … MUSIQ and MANIQA reach SRCC of only 0.58 and 0.62": scores in a data paper)
    const dataPaper = !entities.some((e) => e.introduced && e.type === 'Model') && (EXPERIMENTS_SHOW.test(text) || SCORED_RESULT.test(text));
    if (data.length) return data.length === 1 && (OWN_DATA_EVAL.test(text) || NAMED_ROSTER_EVAL.test(text) || dataPaper) ? data[0]! : null;
    // "We benchmark a range of LLMs on the data released for the X shared task": the one suite the
    // paper's unnamed models are evaluated on
    const suites = entities.filter((e) => e.type !== 'Model' && e.type !== 'Metric' && e.mentions.some((m) => SUITE_OF_UNNAMED.test(text.slice(Math.max(0, m.start - 110), m.start))));
    return suites.length === 1 ? suites[0]! : null;
  }
  // several introduced models: the one the abstract keeps talking about (a helper it also proposes
  // is mentioned once or twice), the first one on a tie
  const best = own.reduce<ResolvedEntity | null>((top, e) => (!top || e.mentions.length > top.mentions.length ? e : top), null);
  // "M3D: …" with M3D-Data, M3D-LaMed and M3D-Bench: the umbrella's one model variant is the model
  const variants = best ? own.filter((e) => e.name.startsWith(`${best.name}-`)) : [];
  return variants.length === 1 ? variants[0]! : best;
}
