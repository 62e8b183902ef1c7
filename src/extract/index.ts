// Public face of the extract stage: one paper in, typed entities and relations with evidence out.
// Pipeline: layout (sentences, tokens, URLs) → lexicon spans → discovery rules → resolution into
// entities → relations. Pure and synchronous, so it can run in worker threads.
import type { Entity, Extraction, Paper } from '../schema/index.ts';
import { Discoverer } from './discover.ts';
import { resolveEntities } from './entities.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { matchLexicon } from './match-lexicon.ts';
import { buildRelations } from './relations.ts';
import { blankSpreads } from './scores.ts';
import { splitSentences, tokenize } from './text.ts';
import { findUrls } from './urls.ts';

export { defaultLexicon } from './lexicon.ts';

/** Extract entities and relations from one paper. Offsets index `title + "\n" + abstract`. */
export function extractPaper(paper: Paper, options: { lexicon?: Lexicon } = {}): Extraction {
  // (options is an object so `papers.map(extractPaper)` cannot pass an index as a lexicon)
  const lexicon = typeof options === 'object' && options.lexicon ? options.lexicon : defaultLexicon();
  const text = `${paper.title}\n${paper.abstract}`;
  const titleEnd = paper.title.length;
  const sentences = splitSentences(text);
  const urls = findUrls(text);
  const blocked = urls.map((u) => ({ start: u.start, end: u.end }));
  const lexMentions = matchLexicon(text, tokenize(text), lexicon, blocked);

  const discoverer = new Discoverer({ text, titleEnd, sentences, lexicon, lexMentions, blocked });
  discoverer.titleArtifacts();
  discoverer.introductions();
  discoverer.ownAppositives();
  discoverer.shapedWords();
  discoverer.enumerations();
  discoverer.reportedMetrics();
  discoverer.lists();
  discoverer.familyVariants();

  const resolved = resolveEntities({ text, titleEnd, sentences, blocked, lexMentions, found: discoverer.found });
  // the rules read numbers with their spreads blanked out; evidence quotes the text as written
  const relations = buildRelations({ paperId: paper.id, text: blankSpreads(text), titleEnd, sentences, entities: resolved, urls });
  for (const r of relations) r.evidence.text = text.slice(r.evidence.start, r.evidence.end);

  for (const r of relations) {
    if (r.type !== 'EVALUATED_ON' && r.type !== 'TRAINED_ON') continue;
    const target = resolved.find((e) => e.name === r.target);
    const role = r.type === 'EVALUATED_ON' ? 'Benchmark' : 'Dataset';
    if (target && !target.roles.includes(role)) target.roles.push(role);
  }
  const entities: Entity[] = resolved.map(({ type, name, key, roles, aliases, mentions }) => ({ type, name, key, roles, aliases, mentions }));
  const seenUrls = new Set<string>();
  for (const u of urls) {
    if (seenUrls.has(u.url)) continue;
    seenUrls.add(u.url);
    const same = urls.filter((x) => x.url === u.url);
    entities.push({
      type: 'URL',
      name: u.url,
      key: `url:${u.url}`,
      roles: ['URL'],
      aliases: [...new Set(same.map((x) => x.written).filter((w): w is string => w !== null))],
      mentions: same.map((x) => ({ start: x.start, end: x.end, text: text.slice(x.start, x.end) })),
    });
  }
  return { ...paper, entities, relations };
}
