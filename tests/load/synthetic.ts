// Synthetic Extraction records for loader and query tests: real model/benchmark names, sentences written
// for these tests (never corpus text). `paper()` computes the evidence offsets from the sentences.
import { paperIdFromTitle } from '../../src/ingest/paper-id.ts';
import { normaliseName } from '../../src/graph/normalise.ts';
import { Extraction, type EntityType, type LinkKind, type RelationType } from '../../src/schema/index.ts';

export interface EntitySpec {
  name: string;
  type: EntityType;
  roles?: EntityType[];
  aliases?: string[];
  /** defaults to the normalised name, the way an extractor keys the same thing across papers */
  key?: string;
}

export interface RelationSpec {
  type: RelationType;
  source: string;
  target: string;
  metric?: string;
  value?: number;
  benchmark?: string;
  linkKind?: LinkKind;
  /** index of the sentence that states the fact */
  sentence: number;
}

export interface PaperSpec {
  title: string;
  date?: string | null;
  sentences: string[];
  entities: EntitySpec[];
  relations?: RelationSpec[];
}

export function paper(spec: PaperSpec): Extraction {
  const abstract = spec.sentences.join(' ');
  const text = `${spec.title}\n${abstract}`;
  const id = paperIdFromTitle(spec.title);
  const spans = (form: string) => {
    const out = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) out.push({ start: at, end: at + form.length, text: form });
    return out;
  };
  const sentenceSpan = (i: number) => {
    const sentence = spec.sentences[i]!;
    const start = text.indexOf(sentence);
    return { start, end: start + sentence.length, text: sentence };
  };
  return Extraction.parse({
    id,
    title: spec.title,
    abstract,
    date: spec.date ?? null,
    authors: 3,
    url: `https://huggingface.co/papers/${id}`,
    upvotes: 1,
    doi: null,
    truncated: false,
    entities: spec.entities.map((e) => ({
      type: e.type,
      name: e.name,
      key: e.key ?? normaliseName(e.name),
      roles: e.roles ?? [e.type],
      aliases: e.aliases ?? [],
      mentions: [e.name, ...(e.aliases ?? [])].flatMap(spans),
    })),
    relations: (spec.relations ?? []).map((r) => ({
      type: r.type,
      source: r.type === 'INTRODUCES' || r.type === 'LINKS_TO' ? id : r.source,
      target: r.target,
      metric: r.metric ?? null,
      value: r.value ?? null,
      benchmark: r.benchmark ?? null,
      linkKind: r.linkKind ?? null,
      evidence: sentenceSpan(r.sentence),
    })),
  });
}
