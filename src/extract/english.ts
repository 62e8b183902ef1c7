// Is a capitalised word just an English word? Uses compromise's built-in lexicon (a plain object
// lookup, no parsing) plus simple inflection stripping, cached per word. Deciding "Merlin" is a
// name but "Results" is not is the one job compromise does here, so it never runs over a whole text.
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const cache = new Map<string, boolean>();

const EXTRA_WORDS = new Set([
  'results', 'experiments', 'methods', 'conclusions', 'objective', 'background', 'purpose', 'findings',
  'code', 'data', 'dataset', 'datasets', 'benchmark', 'benchmarks', 'model', 'models', 'framework', 'furthermore',
  'moreover', 'however', 'additionally', 'specifically', 'finally', 'first', 'second', 'third', 'overall',
  'notably', 'importantly', 'remarkably', 'recently', 'existing', 'extensive', 'medical', 'clinical',
  'large', 'language', 'vision', 'multimodal', 'foundation', 'deep', 'learning', 'neural', 'network',
  'segment', 'anything', 'towards', 'toward', 'evaluating', 'benchmarking', 'leveraging', 'using',
]);

/** compromise tags that mark a capitalised word as ordinary vocabulary, not a coined name. */
const NON_NAME_TAGS = ['Adjective', 'Demonym', 'Language', 'Place', 'Country', 'Month', 'WeekDay', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Value', 'Plural', 'Gerund', 'Infinitive', 'PastTense'];

function known(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(lexicon, word) || EXTRA_WORDS.has(word);
}

/** True when `word` (any case) is an ordinary English word rather than a coined name. */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  let result = known(lower);
  if (!result) {
    for (const [suffix, repl] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['er', ''], ['est', '']] as const) {
      if (lower.endsWith(suffix) && known(lower.slice(0, -suffix.length) + repl)) {
        result = true;
        break;
      }
    }
  }
  if (!result && /^[A-Z]/.test(word)) {
    const tags = new Set<string>(Object.values(nlp(word).out('tags') as Record<string, string[]>[])
      .flatMap((t) => Object.values(t).flat()));
    result = NON_NAME_TAGS.some((t) => tags.has(t));
  }
  cache.set(lower, result);
  return result;
}

/** compromise tags for given names and surnames: "Merlin" is in its lexicon, but as a name, not a word. */
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

/** A capitalised word that can name an artifact: not ordinary English, or only known as a person's
 * name ("Merlin", "Clara"). Callers still need a cue: this alone is not evidence. */
const nameLikeCache = new Map<string, boolean>();

export function isNameLike(word: string): boolean {
  let result = nameLikeCache.get(word);
  if (result !== undefined) return result;
  if (!/^[A-Z][a-z]{3,}$/.test(word)) result = false;
  else if (!isEnglishWord(word)) result = true;
  else {
    const tags = lexicon[word.toLowerCase()];
    result = typeof tags === 'string' ? PERSON_TAGS.has(tags) : Array.isArray(tags) && tags.every((t) => PERSON_TAGS.has(t));
  }
  nameLikeCache.set(word, result);
  return result;
}
