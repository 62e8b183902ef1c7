// One record per paper id. Records from Daily Papers pages (the same paper listed on several pages)
// are held and merged — the fuller abstract, any known date, authors and upvotes — then released at
// the end; records from other formats are released at once and later copies of an id are dropped, so
// memory stays at one id per paper for big JSON / PubMed inputs.
import type { Paper } from '../schema/index.ts';

export class PaperDeduper {
  private readonly held = new Map<string, Paper>();
  private readonly released = new Set<string>();

  /**
   * Offer a paper. Returns the paper to pass on now, 'held' when it is kept for merging,
   * or 'duplicate' when its id was already seen.
   */
  offer(paper: Paper, mergeLater: boolean): Paper | 'held' | 'duplicate' {
    if (this.released.has(paper.id)) return 'duplicate';
    const previous = this.held.get(paper.id);
    if (previous) {
      this.held.set(paper.id, mergePapers(previous, paper));
      return 'duplicate';
    }
    if (mergeLater) {
      this.held.set(paper.id, paper);
      return 'held';
    }
    this.released.add(paper.id);
    return paper;
  }

  /** Release every held paper, in the order first seen. */
  *flush(): Generator<Paper> {
    for (const [id, paper] of this.held) {
      this.released.add(id);
      yield paper;
    }
    this.held.clear();
  }
}

/** Merge two records of one paper: the first wins ties; known values beat unknown ones. */
export function mergePapers(a: Paper, b: Paper): Paper {
  const abstractFrom = betterAbstract(a, b);
  return {
    ...a,
    abstract: abstractFrom.abstract,
    truncated: abstractFrom.truncated,
    date: dateScore(b.date) > dateScore(a.date) ? b.date : a.date,
    authors: a.authors ?? b.authors,
    upvotes: a.upvotes === null ? b.upvotes : b.upvotes === null ? a.upvotes : Math.max(a.upvotes, b.upvotes),
    url: a.url ?? b.url,
    doi: a.doi ?? b.doi,
  };
}

function betterAbstract(a: Paper, b: Paper): Paper {
  if (a.truncated !== b.truncated) return a.truncated ? b : a;
  return b.abstract.length > a.abstract.length ? b : a;
}

/** More specific dates score higher: a full date beats a year-less day, which beats a year alone. */
function dateScore(date: string | null): number {
  if (date === null) return 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 4;
  if (date.startsWith('--')) return 3;
  if (/^\d{4}-\d{2}$/.test(date)) return 2;
  return 1;
}
