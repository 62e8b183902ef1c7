// Cue patterns for the discovery rules: the words around a name that say the paper introduces it
// ("we propose X", "termed X", "our model, X"), compares against it, or lists it.
const VERBS =
  'propose|present|introduce|develop|release|build|construct|create|curate|establish|design|launch|describe|publish|contribute|unveil|compile|assemble|offer|train|pretrain|collect|devise|formulate|open-source|report|gather|produce|prepare|add';
/** "assembling", "curating", "releasing": the -ing forms of the verbs that end in e */
const ING = VERBS.split('|').map((v) => (v.endsWith('e') ? `${v.slice(0, -1)}ing` : `${v}ing`)).join('|');
/** "we combine 58 public datasets into X", "we expand the BLURB benchmark into X": what is made */
const MADE_INTO = '(?:combin|merg|pool|consolidat|unif|compil|convert|restructur|expand|extend|aggregat|harmoni[sz])\\w*\\s+[^.;]{0,80}?\\binto';
export const INTRO_CUE = new RegExp(
  `\\b(?:we|this\\s+(?:paper|work|study|report|article|research)|here(?:,)?\\s+we|by)\\s+(?:(?:also|further|first|then|additionally|hereby|now|newly|have|has|thus|therefore|finally|subsequently|next|further|\\(\\w{1,4}\\))\\s+)*(?:[a-z]+(?:s|d|ed|es)?\\s+and\\s+)?(?:(?!previously|earlier|formerly|recently|originally)[a-z]+ly\\s+)?(?:(?:${VERBS})(?:s|d|ed|es|ing)?|${ING}|built|${MADE_INTO})\\b`,
  'gi',
);
/** "We evaluate X on A and B, and introduce Y, …": a second verb of the same "we" (checked by the caller). */
export const AND_INTRO = new RegExp(`,?\\s+and\\s+(?:also\\s+)?(?:${VERBS})(?:s|d|ed|es)?\\b`, 'gi');
export const NAMING = /(?:\b(?<!so[ -])(?:called|named|termed|dubbed|coined|namely|we\s+(?:call|term|name|dub)|releas(?:e|ed|ing)\s+as)(?:\s+as)?\s+(?:the\s+|it\s+)?|\(i\.e\.,?\s+)/g;
export const OWN = /\b(?:our|the\s+resulting|the\s+proposed)\s+(?:(?:best|top-performing|final|new|proposed|medical|resulting|open|lightweight|[\w-]+)\s+){0,3}?(?:model|method|system|framework|dataset|benchmark|approach|network|agent)s?,?\s+/gi;
const HEAD_WORDS =
  'benchmark|dataset|corpus|database|collection|set|suite|challenge|test|model|framework|method|system|approach|architecture|network|agent|assistant|toolbox|toolkit|platform|pipeline|algorithm|encoder|LLM|MLLM|VLM|LVLM|family|task|metric|module|loss|strategy|scheme|paradigm|mechanism|protocol|data|checkpoint|verifier';
export const HEAD_THEN_NAME = new RegExp(
  `^[^.;]{0,110}?\\b(?:${HEAD_WORDS})s?(?:\\s*[,:—–]\\s*(?:namely,?\\s*|called\\s+|named\\s+)?|\\s+(?:called|named|termed(?:\\s+as)?|dubbed|coined(?:\\s+as)?|namely)\\s+)(?:the\\s+)?`,
  'i',
);
export const HEAD_DIRECT = new RegExp(`^[^.;]{0,110}?\\b(?:${HEAD_WORDS})s?\\s+`, 'i');
export const OWN_NAME = /\bour\s+(?:proposed\s+|new\s+)?/gi;
export const LEAD = /^\s*(?:(?:the|a|an|our|two|three|four|new|novel|first|large-scale|open-source)\s+){0,3}/i;
export const COMPARE = /\b(?:outperform\w*|surpass\w*|exceed\w*|than|compared\s+(?:to|with)|versus|vs\.?|over|against)\s+(?:the\s+|both\s+|previous\s+|prior\s+|strong\s+)*$/i;
export const SUBJECT_VERB = /^\s*(?:achieves?|outperforms?|surpass(?:es)?|demonstrates?|shows?|reaches|attains?|obtains?|exhibits?|improves?|sets?|establishes|yields?|generates?|enables?|provides?|scored?|performs?)\b/i;
export const WORD = /[A-Za-z0-9][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*/g;
/** Only words with a capital or digit after their first letter can pass the shape test. */
export const SHAPED_WORD = /(?<![A-Za-z0-9+.-])[A-Za-z0-9][a-z+]*[A-Z0-9][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*|(?<![A-Za-z0-9+.-])[A-Za-z][a-z]*(?:[-.][A-Za-z0-9+]+)+/g;
/** Cheap gate: a sentence without any of these words cannot introduce anything. */
export const MAY_INTRODUCE = /\b(?:we|this|here|our|the\s+resulting|the\s+proposed|by|called|named|termed|dubbed|coined|namely|i\.e\.)\b/i;
export const LIST_NEXT = /^\s*(?:,|\/|,?\s+(?:and|or))\s+([A-Za-z0-9][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*)/;
export const LIST_PREV = /([A-Za-z0-9][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*)\s*(?:,|\/|,?\s+(?:and|or))\s+$/;

