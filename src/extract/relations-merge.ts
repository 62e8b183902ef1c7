// Merging one sentence's two readings: the scores laid out as tables in prose (relations-results.ts)
// replace what the sentence rules (relations-eval.ts) said about the same pairs and numbers; a
// component of the scored system keeps no pair; a set the subject ran on keeps its pair without a value.
import type { Relation } from '../schema/index.ts';
import { trainingTarget, type MentionRef } from './relations-eval.ts';
import { isComponent, type ResultFact } from './relations-results.ts';
import type { Span } from './text.ts';

/** Table facts replace what the sentence rules said about the same pairs and the same numbers; a
 * component of the scored system ("with GPT-4o as the planner") keeps no pair of its own. */
export function mergeFacts(found: Relation[], facts: ResultFact[], text: string, sentence: Span, refs: MentionRef[]): Relation[] {
  if (!facts.length) return found;
  const pairs = new Set(facts.map((f) => `${f.model.name}|${f.target.name}`));
  const values = new Set(facts.flatMap((f) => (f.value === null ? [] : [f.value])));
  const parts = new Set(refs.filter((r) => r.entity.type === 'Model' && isComponent(text, r)).map((r) => r.entity.name));
  const scored = new Set(facts.map((f) => f.model.name));
  // "where SapBERT reaches 66.1 and BioLinkBERT-XL 64.9": a model named only to hold a number has no other pair here
  const holders = new Set(facts.filter((f) => f.value !== null).map((f) => f.model.name));
  for (const r of refs) {
    if (r.entity.type !== 'Model' || !holders.has(r.entity.name)) continue;
    const holds = /^\s*\(?\s*\d/.test(text.slice(r.end, r.end + 8)) || /\d\s*%?\s*(?:for|by)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, r.start - 20), r.start));
    if (!holds) holders.delete(r.entity.name);
  }
  // a number the table gave to another model is dropped, unless the sentence states it more often
  // than the table used it ("a RadGraph F1 of 0.297, ahead of X (0.134 / 0.297 / 0.262)")
  const sentenceText = text.slice(sentence.start, sentence.end);
  const stated = (v: number): number => [...sentenceText.matchAll(/\d+(?:\.\d+)?/g)].filter((m) => Number(m[0]) === v).length;
  const used = (v: number): number => facts.filter((f) => f.value === v).length;
  const unvalued: Relation[] = [];
  // the sentence's subject: its first model; a set named in apposition ("Our set, X, lets …") or inside
  // a bracket ("MedNLI (… MIMIC-III notes)") is no set the subject was run on
  const firstModel = refs.find((r) => r.entity.type === 'Model');
  const subject = firstModel && facts.every((f) => f.at.start > firstModel.end) ? firstModel.entity.name : undefined;
  // ("tuned on WardChats, … and GPT-4o scores …", "against 0.889 for nnU-Net on M&Ms": data it trained on, another model's set)
  const heldBy = (t: MentionRef): boolean => {
    const lead = text.slice(Math.max(sentence.start, t.start - 50), t.start);
    return trainingTarget(text.slice(sentence.start, t.start)) || /\btuned\s+(?:on|using|with)\s+(?:the\s+)?$/.test(lead) || /\bfor\s+(?:the\s+)?[\w.&-]+(?:\s+[\w.-]+){0,3}\s+(?:on|in)\s+(?:the\s+)?$/.test(lead);
  };
  // ("eight data sets (MedQA, …)" lists sets; "MedNLI (inference over MIMIC-III notes)" describes one)
  const describing = (t: MentionRef): boolean => {
    const open = text.lastIndexOf('(', t.start);
    if (open < sentence.start || text.slice(open, t.start).includes(')')) return false;
    return refs.some((r) => r.end <= open && r.entity.type !== 'Model' && r.entity.type !== 'Metric' && /^\s*$/.test(text.slice(r.end, open)));
  };
  const listedSet = (t: MentionRef): boolean => !(/,\s*$/.test(text.slice(t.start - 3, t.start)) && /^\s*,/.test(text.slice(t.end, t.end + 3)) && !/\b(?:on|including|across|and)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*$/.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))) && !describing(t) && !heldBy(t);
  const kept = found.filter((r) => {
    if (r.type !== 'EVALUATED_ON') return true;
    if (r.value === null) return !pairs.has(`${r.source}|${r.target}`) && !(parts.has(r.source) && !scored.has(r.source)) && !holders.has(r.source);
    if (!values.has(r.value)) return true;
    const keep = !facts.some((f) => f.value === r.value && f.model.name === r.source) && stated(r.value) > used(r.value);
    // "On A, B and C, X outperforms …, reaching a and b on A and B, respectively": the number was
    // the table's, but X was still run on C
    if (!keep && scored.has(r.source) && r.source === subject && !pairs.has(`${r.source}|${r.target}`) && refs.some((t) => t.entity.name === r.target && listedSet(t))) unvalued.push({ ...r, value: null });
    return keep;
  });
  for (const r of unvalued) if (!kept.some((k) => k.type === r.type && k.source === r.source && k.target === r.target)) kept.push(r);
  const evidence = { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
  const seen = new Set<string>();
  for (const f of facts) {
    const id = `${f.model.name}|${f.target.name}|${f.value}|${f.metric?.name ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push({ type: 'EVALUATED_ON', source: f.model.name, target: f.target.name, metric: f.metric?.name ?? null, value: f.value, evidence });
  }
  return kept;
}
