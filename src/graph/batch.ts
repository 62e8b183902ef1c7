// Groups per-paper rows into load batches: entity rows for the same key are merged so that each batch
// sends one row per node, and facts are concatenated in paper order. A paper added twice keeps its last version.
import type { EntityRow, LoadBatch } from '../schema/load-rows.ts';
import { emptyBatch, FACT_KINDS, mergeEntityRows, type PaperRows } from './paper-rows.ts';

export class BatchBuilder {
  private batch = emptyBatch();
  private entities = new Map<string, EntityRow>();
  /** ids of the papers in the batch, so that only a repeated paper pays for the filtering in forget() */
  private paperIds = new Set<string>();
  private skipped = 0;
  papers = 0;

  add(rows: PaperRows): void {
    const { batch } = rows;
    for (const paper of batch.papers) {
      if (this.paperIds.has(paper.id)) this.forget(paper.id);
      this.paperIds.add(paper.id);
    }
    this.papers += batch.papers.length;
    this.skipped += rows.skippedRelations;
    for (const entity of batch.entities) {
      const seen = this.entities.get(entity.key);
      this.entities.set(entity.key, seen ? mergeEntityRows(seen, entity) : entity);
    }
    const target = this.batch;
    target.papers.push(...batch.papers);
    target.mentions.push(...batch.mentions);
    target.introduces.push(...batch.introduces);
    target.results.push(...batch.results);
    target.trainedOn.push(...batch.trainedOn);
    target.outperforms.push(...batch.outperforms);
    target.links.push(...batch.links);
  }

  /** A paper seen again in the same batch: its earlier rows go (the last version wins, as across batches). */
  private forget(paperId: string): void {
    const target = this.batch;
    const before = target.papers.length;
    target.papers = target.papers.filter((p) => p.id !== paperId);
    if (target.papers.length === before) return;
    this.papers -= before - target.papers.length;
    for (const kind of FACT_KINDS) (target[kind] as { paper: string }[]) = (target[kind] as { paper: string }[]).filter((r) => r.paper !== paperId);
  }

  /** The accumulated batch and its skipped-relation count; the builder starts empty again. */
  take(): { batch: LoadBatch; papers: number; skippedRelations: number } {
    const batch = this.batch;
    batch.entities = [...this.entities.values()];
    const out = { batch, papers: this.papers, skippedRelations: this.skipped };
    this.batch = emptyBatch();
    this.entities = new Map();
    this.paperIds = new Set();
    this.skipped = 0;
    this.papers = 0;
    return out;
  }
}
