// Numbers that describe a change rather than a plain score: "from A to B" (the base model's and the
// tuned model's scores, or two settings of one model; never a range) and margins ("improves AUPRC by
// 4.2 points on MIMIC-IV": the clause's model was evaluated there, the margin is no value).
import type { ResolvedEntity } from './entities.ts';
import type { MentionRef } from './relations-eval.ts';
import { COMPONENT_AFTER, WITH_PART, metricOf, ownerOf, targetOf, tiedTarget, type Owners, type ResultFact, type ResultInput } from './relations-anchors.ts';

/** "from 0.11 for the base X to 0.04 for Y", "Applying … to X yields Y, whose accuracy improves from
 * 55.6% to 61.9%": the first number is the base model's, the second the tuned one's. A setting may sit
 * between ("from 61.5% in English to 29.8%", "from 54.3% without retrieval to 72.9%"). */
const FROM_TO = /\bfrom\s+(\d+(?:\.\d+)?)\s*(?:%|\\%|\s*mm)?(\s+(?:for|with)\s+[^,;]{1,60}?)?(?:\s+(?:in|on|without|under|at|using)\s+(?:[^,;\d]|(?<=[A-Za-z-]\d*)\d|(?<=\s)(?:19|20)\d\d\b){1,40}?)?\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|\\%|\s*mm)?(\s+(?:for|with)\s+[^,;]{1,60}?)?(?=$|[\s,;.)])/g;
const LIFTS = /\b(?:lifts|raises|boosts|increases|improves|takes|brings|pushes)\s+(?:the\s+)?$/i;
const SUBJECT_LIFTS = /^\s+(?:also\s+|further\s+|consistently\s+)?(?:lifts|raises|boosts|increases|improves|takes|brings|pushes)\s+(?:the\s+)?$/i;
// (not "lifting mean macro-F1 from 58% to 79%": an average over the models a method was applied to)
const PARTICIPLE_LIFT = /,\s+(?:thereby\s+)?(?:raising|lifting|boosting|improving|increasing|pushing|bringing)\s+(?!(?:the\s+|its\s+)?(?:mean|average|averaged|overall)\b)[^,;]{0,40}$/i;
const YIELDS = /\b(?:yield\w*|giv(?:es|ing)|produc\w*|results?\s+in|resulting\s+in|becomes?)\b/i;

/** "We fine-tune A, B and C. Fine-tuning raises EM from 12.4% to 41.9%, from 20.3% to 47.2% and from
 * 15.8% to 39.6%, respectively": changes laid over the models the sentence before listed, one per change,
 * each model's own two settings. */
function respectiveModels(input: ResultInput, changes: RegExpMatchArray[]): ResolvedEntity[] | null {
  const { text, sentence: s, refs } = input;
  const last = changes[changes.length - 1];
  if (changes.length < 2 || !last) return null;
  const end = s.start + last.index! + last[0].length;
  if (!/^\s*(?:%|\\%)?\s*,?\s*respectively\b/.test(text.slice(end, end + 20))) return null;
  // ("Fine-tuning A, B and C on X raised EM from …, from … and from …, respectively": the sentence's own list)
  const firstAt = s.start + changes[0]!.index!;
  const own = refs.filter((r) => r.entity.type === 'Model' && r.end <= firstAt);
  if (refs.some((r) => r.entity.type === 'Model' && r.start > firstAt)) return null;
  const before = own.length ? own : input.earlier[input.earlier.length - 1] ?? [];
  const models = [...new Map(before.filter((r) => r.entity.type === 'Model').map((r) => [r.entity.key, r.entity])).values()];
  return models.length === changes.length ? models : null;
}

export function fromToFacts(input: ResultInput): ResultFact[] {
  const { text, sentence: s, refs } = input;
  const out: ResultFact[] = [];
  const sText = text.slice(s.start, s.end);
  const models = refs.filter((r) => r.entity.type === 'Model');
  if (!sText.includes('from ')) return out;
  let previous: { end: number; base: ResolvedEntity | null; tuned: ResolvedEntity | null } | null = null;
  const changes = [...sText.matchAll(FROM_TO)];
  const respective = respectiveModels(input, changes);
  for (const [k, m] of changes.entries()) {
    const at = s.start + m.index;
    if (/\b(?:rang\w*|var(?:y|ies|ied|ying))\s+$/i.test(text.slice(Math.max(s.start, at - 12), at))) continue; // a range
    const firstAt = { start: at + m[0].indexOf(m[1]!), end: at + m[0].indexOf(m[1]!) + m[1]!.length };
    const secondOffset = m[0].lastIndexOf(m[3]!, m[4] ? m[0].length - m[4].length : m[0].length);
    const secondAt = { start: at + secondOffset, end: at + secondOffset + m[3]!.length };
    const named = (group: string | undefined, from: number): ResolvedEntity | null =>
      group ? models.find((r) => r.start >= from && r.end <= from + group.length + 1)?.entity ?? null : null;
    // "… to 0.79 with GPT-4o-mini as the reader": a part of the system, not a second setting
    const part = (group: string | undefined, from: number): boolean => {
      const ref = group ? models.find((r) => r.start >= from && r.end <= from + group.length + 1) : undefined;
      return ref !== undefined && COMPONENT_AFTER.test(text.slice(ref.end, ref.end + 30));
    };
    const setting4 = m[4] && !part(m[4], at + m[0].lastIndexOf(m[4])) ? m[4] : undefined;
    let base = named(m[2], m[2] ? at + m[0].indexOf(m[2]) : firstAt.end);
    let tuned = named(setting4, setting4 ? at + m[0].lastIndexOf(setting4) : secondAt.end);
    // "… from A to B on BTCV and from C to D on FLARE22": a further item of the same change
    const further = previous !== null && !m[2] && !setting4 && /^\s*(?:(?:on|in|for)\s+(?:(?!from\b)[^,;]){1,40}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:on|in)\s+(?:(?!from\b)[^,;]){1,40}?\s+)?$/.test(text.slice(previous.end, at));
    if (respective && !m[2] && !setting4) base = tuned = respective[k]!;
    else if (further) [base, tuned] = [previous!.base, previous!.tuned];
    else if (!m[2] && !setting4) {
      const prior = models.filter((r) => r.end <= at);
      const pair = prior.slice(-2);
      // "Wrapping GPT-4o in LabNavi raises its accuracy from A to B": the wrapped model had A, the wrapper reaches B
      const wrapped = pair.length === 2 && /^\s+(?:in|into|with(?:in)?)\s+(?:the\s+)?$/.test(text.slice(pair[0]!.end, pair[1]!.start)) && /\b(?:[Ww]rapping|[Pp]lugging|[Ee]mbedding|[Ee]quipping|[Aa]ugmenting|[Pp]lacing)\s+$/.test(text.slice(Math.max(s.start, pair[0]!.start - 14), pair[0]!.start));
      if (pair.length === 2 && (wrapped || YIELDS.test(text.slice(pair[0]!.end, pair[1]!.start)))) [base, tuned] = [pair[0]!.entity, pair[1]!.entity];
      else {
        const last = prior[prior.length - 1];
        const lead = last ? text.slice(Math.max(s.start, last.start - 25), last.start) : '';
        const subject = last ? prior.filter((r) => r.end <= last.start).pop() : undefined;
        // "Med-STEP improves Llama-3.1-8B-Instruct from 61.7% to 66.9%": the improved model had the first
        // number, the method applied to it reaches the second
        if (last && subject && SUBJECT_LIFTS.test(text.slice(subject.end, last.start))) [base, tuned] = [last.entity, subject.entity];
        // "…, and Qwen2.5-7B-Instruct from 63.2% to 67.5%": a further model improved by the same method
        else if (last && previous?.tuned && previous.base !== previous.tuned && previous.end <= last.start && /^\s*,?\s*(?:and\s+)?$/.test(text.slice(previous.end, last.start).replace(/^\s*(?:%|\\%)?\s*(?:(?:[\w-]+\s+){0,2}(?:on|in)\s+[^,;]{1,40}|(?:[\w-]+\s*){0,2})/, '')) && /^\s*$/.test(text.slice(last.end, at)))
          [base, tuned] = [last.entity, previous.tuned];
        // "For X, debate increases accuracy from A to B", "lifts X on MedQA from A to B": two settings of X
        else if (last && (/^\s*for\s+(?:the\s+)?$/i.test(text.slice(s.start, last.start)) || LIFTS.test(lead))) base = tuned = last.entity;
        else {
          // "… raises the mean Dice similarity coefficient (DSC) from": a bracketed short form is no gap
          const gap = text.slice(last?.end ?? at, at).replace(/\s*\([^()\d]{1,20}\)/g, '');
          // "… , and lowers the mean HD95 on BTCV from 7.94 to 5.12 mm": a second verb of the same subject
          const coordinated = /,?\s+and\s+(?:also\s+)?(?:lowers|raises|improves|reduces|increases|boosts|lifts|cuts|decreases)\b(?:[^.;]|\.\d)*$/.test(gap);
          // ("Fine-tuning X on our training split raises its accuracy from": a longer gap up to the verb of X)
          const ownVerb = /^\s+(?:[\w-]+\s+){0,6}?(?:raises|lifts|boosts|increases|improves)\s+its\s+(?:[\w@-]+\s+){0,3}$/.test(gap);
          // ("fine-tuning X on Y narrows the gap, lifting its accuracy from A to B": "its" is X)
          const itsParticiple = /^[^;()]*?,\s+(?:thereby\s+)?(?:raising|lifting|boosting|improving|increasing|pushing|bringing)\s+its\s+[^,;]{0,60}$/.test(gap);
          tuned = last && (coordinated || ownVerb || itsParticiple || /^\s+(?:[\w-]+\s+){0,6}$/.test(gap)) && !COMPONENT_AFTER.test(text.slice(last.end, last.end + 30)) ? last.entity : null;
          // "Built on nnU-Net, Palisade raises … from A to B": the first number is the base model's
          const builtOn = prior.slice(0, -1).reverse().find((r) => /\b(?:[Bb]uilt\s+(?:up)?on|[Bb]ased\s+on|on\s+top\s+of)\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, r.start - 16), r.start)));
          if (tuned && builtOn) base = builtOn.entity;
          // "X raises its accuracy from A to B", "X falls from A on clean images to B": both numbers are X's, in two settings
          if (tuned && (/\b(?:its|their)\b/i.test(gap) || /\b(?:falls?|fell|drops?|dropped|declines?|declined|decreases?|decreased|rises?|rose|climbs?|climbed)\s+(?:only\s+|just\s+|slightly\s+|sharply\s+)?$/.test(gap))) base = tuned;
          // "With GPT-4o-mini, it raises MedQA accuracy from A to B": the backbone alone had A, the system with it reaches B
          if (!tuned && last && /^\s*[Ww]ith\s+$/.test(text.slice(s.start, last.start)) && /^,\s+it\s+(?:raises|improves|lifts|boosts|increases)\b/.test(gap)) {
            const spoken = input.prior();
            if (spoken && spoken !== last.entity) [base, tuned] = [last.entity, spoken];
          }
          // "X retrieves … more often than earlier pipelines, raising recall@5 from A to B": the participle's
          // subject is the sentence's
          if (!tuned && input.subject && PARTICIPLE_LIFT.test(text.slice(s.start, at))) tuned = input.subject;
        }
      }
    }
    if (m[2] && !setting4 && base) {
      // "X improves kappa from 0.874 with ABMIL to 0.915": the named setting is the baseline, the
      // clause's model reaches the second number
      const before: MentionRef[] = models.filter((r) => r.end <= at && r.entity !== base);
      let last: MentionRef | undefined = before.pop();
      // "MedQuarry paired with Llama-3.1-70B-Instruct raises …": the system, not its part
      const system = before.pop();
      const clauseFrom = last?.end ?? at;
      if (last && system && WITH_PART.test(text.slice(system.end, last.start))) last = system;
      if (last && /^\s+(?:[\w-]+\s+){0,6}$/.test(text.slice(clauseFrom, at)) && !COMPONENT_AFTER.test(text.slice(last.end, last.end + 30))) tuned = last.entity;
      // "accuracy on MedQA rises from 74.2% for the base model to 78.9%" in a sentence naming no other
      // model: the second number is the model the paper was just talking about (the tuned one)
      if (!tuned && !last && !models.some((r) => r.entity !== base)) {
        const spoken = input.prior();
        if (spoken && spoken !== base) tuned = spoken;
      }
    }
    previous = { end: at + m[0].length, base, tuned };
    // "from 0.842 to 0.861 on BTCV": the benchmark may be named after the second number
    const secondTarget = targetOf(input, secondAt, true);
    const target = secondTarget ?? targetOf(input, firstAt) ?? (tuned ? input.fallbackTarget(tuned, false) : null);
    if (!target) continue;
    // "from 0.792 on clean HAM10000 images to 0.561 on their SkinDrift-C counterparts": each number keeps its own set
    const firstTarget = secondTarget && m[0].includes(' on ') ? targetOf(input, firstAt, true) : null;
    const metric = metricOf(input, firstAt);
    if (base) out.push({ model: base, target: firstTarget && firstTarget.key !== secondTarget!.key && firstTarget.key !== base.key ? firstTarget : target, metric, value: Number(m[1]), at: firstAt });
    if (tuned) out.push({ model: tuned, target, metric, value: Number(m[3]), at: secondAt });
  }
  return out;
}

/** "improves AUPRC by 4.2 points … on MIMIC-IV", "outperforms X by 3.1 points on ISIC 2019": the
 * clause's model was scored on the benchmark the margin names, with no value. */
const MARGIN = /\bby\s+(?:about\s+|nearly\s+|up\s+to\s+|over\s+|roughly\s+|approximately\s+|~\s*|≈\s*)?(\d+(?:\.\d+)?)\s*(?:%|\\%|\s+(?:percentage\s+)?points?\b|\s*pp\b)/gi;

export function marginFacts(input: ResultInput, owners: Owners): ResultFact[] {
  const { text, sentence: s } = input;
  const out: ResultFact[] = [];
  let prevEnd = s.start;
  let lastMetric: ResolvedEntity | null = null;
  const sText = text.slice(s.start, s.end);
  if (!sText.includes('by ')) return out;
  for (const m of sText.matchAll(MARGIN)) {
    const num = { start: s.start + m.index + m[0].indexOf(m[1]!), end: s.start + m.index + m[0].length };
    const found = ownerOf(input, num, prevEnd, owners) ?? (owners.main && tiedTarget(input, num, prevEnd) ? { model: owners.main, how: 'before' as const } : null);
    prevEnd = num.end;
    const model = found?.model;
    if (!model) continue;
    if (found.how !== 'after') owners.main = model;
    const target = targetOf(input, num, true);
    // "by 4.2 points … and by 3.1 points on eICU-CRD": the second margin keeps the first one's measure
    const metric: ResolvedEntity | null = metricOf(input, num, true) ?? (out.length && out[out.length - 1]!.model === model ? lastMetric : null);
    lastMetric = metric;
    if (target && target.key !== model.key) out.push({ model, target, metric, value: null, at: num });
  }
  return out;
}

