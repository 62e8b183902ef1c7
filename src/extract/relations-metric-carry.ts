// Metrics carried to compared scores: in "X achieves a macro AUC of 0.941 on PTB-XL (vs. 0.927 for
// ECG-FM)" or "outperforming RETFound (0.861)", the baseline's number is stated in the metric of the
// sentence's own result. A valued EVALUATED_ON without a metric takes the metric of the first scored
// relation of the same sentence whose value is on the same scale (both fractions or both above 1).
// Failing that, when every scored relation of the paper on the same target and scale uses one and
// the same metric ("GPT-4o … (86.1% accuracy)" … "X averages 52.6% on it"), that metric is taken.
import type { Relation } from '../schema/index.ts';

const scaleOf = (value: number): 'fraction' | 'whole' => (value <= 1 ? 'fraction' : 'whole');

export function carryMetrics(relations: Relation[], paperMetrics: string[] = []): void {
  const bySentence = new Map<number, Relation[]>();
  for (const r of relations) {
    if (r.type !== 'EVALUATED_ON' || r.value === null) continue;
    const list = bySentence.get(r.evidence.start) ?? [];
    list.push(r);
    bySentence.set(r.evidence.start, list);
  }
  for (const list of bySentence.values()) {
    const named = list.filter((r) => r.metric !== null);
    if (!named.length) continue;
    // the scored relation whose number is written nearest before this one's leads it ("an nDCG@10 of
    // 0.431 and X 0.447, …; Y raises Recall@100 from 0.71 to 0.84": 0.447 takes nDCG@10)
    const text = list[0]!.evidence.text;
    const at = (v: number): number => text.indexOf(String(v));
    for (const r of list) {
      if (r.metric !== null) continue;
      const same = named.filter((n) => scaleOf(n.value!) === scaleOf(r.value!));
      const before = same.filter((n) => at(n.value!) !== -1 && at(n.value!) < at(r.value!)).sort((a, b) => at(b.value!) - at(a.value!));
      const lead = before[0] ?? same[0];
      if (lead) r.metric = lead.metric;
    }
  }
  const scored = [...bySentence.values()].flat();
  for (const r of scored) {
    if (r.metric !== null) continue;
    const used = new Set(scored.filter((n) => n.metric !== null && n.target === r.target && scaleOf(n.value!) === scaleOf(r.value!)).map((n) => n.metric));
    if (used.size === 1) r.metric = [...used][0]!;
  }
  // a pair stated without a number in a paper that names one measure only was measured with it
  if (paperMetrics.length !== 1) return;
  // (a valued pair too, when its sentence names that measure: "… reached an accuracy of 62.8%, and GPT-4o reached 79.5%")
  const only = paperMetrics[0]!;
  for (const r of relations) {
    if (r.type !== 'EVALUATED_ON' || r.metric !== null) continue;
    if (r.value === null || r.evidence.text.toLowerCase().includes(only.toLowerCase())) r.metric = only;
  }
}
