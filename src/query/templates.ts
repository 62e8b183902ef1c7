// Plain-English question templates (no LLM): each canned question has several phrasings as regular
// expressions with named groups; the first template that matches wins.

export type QuestionId =
  | 'models-evaluated-on'
  | 'leaderboard'
  | 'model-data'
  | 'paper-introduces'
  | 'datasets-per-year'
  | 'most-used-benchmarks'
  | 'benchmarks-together'
  | 'papers-with-code'
  | 'shortest-path';

export interface Template {
  id: QuestionId;
  /** how the question reads, shown when a question is not understood */
  example: string;
  patterns: RegExp[];
}

const X = '(?<x>.+?)';
const Y = '(?<y>.+?)';

export const TEMPLATES: Template[] = [
  {
    id: 'leaderboard',
    example: 'leaderboard for <benchmark>  |  which model is best on <benchmark>',
    patterns: [
      new RegExp(`^(?:show |give me |what is |what's )?(?:the )?(?:leaderboard|rankings?|best results|top models|best models|sota|state of the art) (?:for|on|of) ${X}$`),
      new RegExp(`^(?:which|what) models? (?:is|are|performs?|performed|scores?|scored|does|did) (?:the )?(?:best|highest) on ${X}$`),
      new RegExp(`^(?:who|which model) leads ${X}$`),
      new RegExp(`^${X} leaderboard$`),
    ],
  },
  {
    id: 'benchmarks-together',
    example: 'which benchmarks are used together  |  which benchmarks are used with <benchmark>',
    patterns: [
      /^(?:which|what) benchmarks are (?:used|evaluated|reported|mentioned) together$/,
      /^(?:benchmarks used together|benchmark pairs|co-used benchmarks)$/,
      new RegExp(`^(?:which|what) (?:other )?benchmarks are (?:used|evaluated|reported|mentioned) (?:together )?(?:with|alongside) ${X}$`),
      new RegExp(`^benchmarks used (?:with|alongside) ${X}$`),
    ],
  },
  {
    id: 'models-evaluated-on',
    example: 'which models used <benchmark>  |  which models were evaluated on <benchmark>',
    patterns: [
      new RegExp(`^(?:which|what) models? (?:were |was |are |is |have been |has been )?(?:evaluated|tested|benchmarked|assessed|scored|run|reported|validated) (?:on|against|using|with) ${X}$`),
      new RegExp(`^(?:which|what) models? (?:used?|uses|reported results on|report results on|have results on) ${X}$`),
      new RegExp(`^(?:who|what) (?:used|evaluated on|was evaluated on|reports? on) ${X}$`),
      new RegExp(`^(?:models|results|scores|evaluations) (?:evaluated |tested )?(?:on|for) ${X}$`),
    ],
  },
  {
    id: 'model-data',
    example: 'which datasets did <model> use  |  what was <model> evaluated on',
    patterns: [
      new RegExp(`^(?:which|what) (?:datasets|benchmarks|datasets and benchmarks|benchmarks and datasets|data) (?:did|does|has|have|was|were) ${X} (?:use|used|evaluated on|trained on|tested on|train on|evaluate on|be evaluated on)$`),
      new RegExp(`^what (?:was|is|has) ${X} (?:been )?(?:evaluated|trained|tested|benchmarked) on$`),
      new RegExp(`^(?:datasets|benchmarks) (?:of|used by|for) ${X}$`),
      new RegExp(`^where was ${X} evaluated$`),
    ],
  },
  {
    id: 'paper-introduces',
    example: 'what did <paper title or id> introduce',
    patterns: [
      new RegExp(`^what (?:did|does) ${X} (?:introduce|propose|present|release)$`),
      new RegExp(`^what (?:is|was|were) (?:introduced|proposed|released|presented) (?:by|in) ${X}$`),
    ],
  },
  {
    id: 'datasets-per-year',
    example: 'datasets introduced per year',
    patterns: [
      /^(?:how many )?(?:new )?datasets (?:were )?(?:introduced |released |published )?(?:per|by|each|every|a) year$/,
      /^(?:new )?datasets over time$/,
    ],
  },
  {
    id: 'most-used-benchmarks',
    example: 'most used benchmarks',
    patterns: [
      /^(?:what are |which are |list |show )?(?:the )?(?:most|top) (?:used |popular |common |frequent |cited )?benchmarks$/,
      /^which benchmarks are (?:used )?(?:the )?most(?: used| often| popular)?$/,
    ],
  },
  {
    id: 'papers-with-code',
    example: 'papers with code  |  which papers released code',
    patterns: [
      /^(?:which|what) papers (?:have|has|with|released|share|shared|provide|link to) (?:code|github|source code)(?: links?)?$/,
      /^(?:show |list )?(?:papers with|papers that released) (?:code|github|source code)(?: links?)?$/,
      /^code links$/,
    ],
  },
  {
    id: 'shortest-path',
    example: 'path from <entity> to <entity>  |  how is <entity> connected to <entity>',
    patterns: [
      new RegExp(`^(?:what is |show )?(?:the )?(?:shortest )?path (?:from|between) ${X} (?:to|and) ${Y}$`),
      new RegExp(`^how (?:is|are) ${X} (?:connected|related|linked) to ${Y}$`),
      new RegExp(`^what connects ${X} (?:to|and|with) ${Y}$`),
    ],
  },
];

export interface MatchedQuestion {
  id: QuestionId;
  /** the named things in the question, cleaned ("the MedQA benchmark" → "MedQA") */
  args: string[];
}

/** Lower-cases the frame but keeps the user's casing inside the captured names. */
export function matchQuestion(question: string): MatchedQuestion | null {
  const text = question.trim().replace(/\s+/g, ' ').replace(/[?.!\s]+$/, '');
  for (const template of TEMPLATES) {
    for (const pattern of template.patterns) {
      const match = new RegExp(pattern.source, 'i').exec(text);
      if (!match) continue;
      const groups = match.groups ?? {};
      const args = [groups.x, groups.y].filter((a): a is string => a !== undefined).map(cleanName);
      if (args.some((a) => a === '')) continue;
      return { id: template.id, args };
    }
  }
  return null;
}

/** Drops quotes, articles and trailing kind words around a name. */
export function cleanName(raw: string): string {
  return raw
    .trim()
    .replace(/^["'“‘`]+|["'”’`]+$/g, '')
    .replace(/^(?:the|a|an) /i, '')
    .replace(/ (?:benchmark|dataset|data set|model|paper|challenge set)s?$/i, '')
    .trim();
}

export function templateList(): string {
  return TEMPLATES.map((t) => `  ${t.example}`).join('\n');
}
