// Discovery rules: names the lexicon lacks, found from context and shape, and what the context says
// about every name (introduced by the paper? a dataset, benchmark or model?). Conservative: a coined
// shape alone is not enough except for self-typing shapes (`…QA`, `-Bench`, `-25M`).
import type { EntityType } from '../schema/index.ts';
import { isEnglishWord } from './english.ts';
import { coordinatedNames } from './coordination.ts';
import type { Found } from './found.ts';
import { AND_INTRO, INTRO_CUE, NAMING, OWN, HEAD_THEN_NAME, HEAD_DIRECT, OWN_NAME, LEAD, COMPARE, SUBJECT_VERB, SHAPED_WORD, MAY_INTRODUCE } from './cues.ts';
import { collectionType, contextType, looksCoined } from './context-type.ts';
import { listedNames } from './enumerations.ts';
import { metricPhrases } from './metric-phrases.ts';
import { metricShapes } from './metric-shapes.ts';
import { definedPlainNames, introducedPlainNames, plainNames } from './plain-names.ts';
import { anyHead, definedAs, firstHeads, headsBefore, ownHead, typeFromHeads } from './heads.ts';
import { knownModelPrefix, type Lexicon } from './lexicon.ts';
import type { LexMention } from './match-lexicon.ts';
import { nameAt, titleNames, withVersion, type NameSpan } from './names.ts';
import { discoveredKey, nameKey } from './normalize.ts';
import { hasNameShape, isAcronym, isGeneric, typeFromShape } from './shapes.ts';
import { sentenceAt, type Span } from './text.ts';
import { familyVariants, releaseNames, successorNames } from './variants.ts';

export interface DiscoverInput {
  text: string;
  titleEnd: number;
  sentences: Span[];
  lexicon: Lexicon;
  lexMentions: LexMention[];
  blocked: Span[];
}


const OWN_APPOSITIVE =
  /(?<![\w-])([A-Za-z][\w.+-]*[A-Z0-9][\w.+-]*)(?:\s*\([^)]*\))?,\s+(?:our\s|(?:which|that)\s+we\s+(?:also\s+|further\s+)?(?:propose|introduce|release|develop|present|build|construct|call|term)\w*\b|(?:presented|introduced|proposed|developed|described)\s+(?:here|in\s+this\s+(?:work|paper|study|article))\b)/g;
/** A head noun right after a coined word, or behind one role word ("X base model", "X test set"). */
const HEAD_AFTER =
  /^\s+(?:(?:base|pretrained|pre-trained|foundation|language|vision|backbone|baseline|reference|public|segmentation|classification|detection|training|evaluation|validation)\s+)?(?:benchmark|dataset|corpus|corpora|database|challenge|test set|cohort|model|framework|architecture|network|LLM|VLM|MLLM|series|family)/i;
const ITEMS_FROM = /\b(?:questions|items|cases|vignettes|problems)\s+(?:drawn\s+|taken\s+|sampled\s+|selected\s+)?(?:from|of|in)\s+(?:the\s+)?$/i;
const HEAD_RIGHT_AFTER = /^\s+(?:benchmark|dataset|corpus|corpora|database|challenge|test set|cohort|collection(?!\s+of)|model|framework|architecture|network|LLM|VLM|MLLM|series|family)/i;
const RESULT_SUBJECT = /^\s*(?:achieves|outperforms|surpasses|attains|reaches|obtains|yields|sets\s+(?:a\s+)?new)\b/i;
const DEFINED_PHRASE = /(?:[A-Z][\w-]*\s+){1,6}[A-Z][\w-]*\s*\($/;
/** A sentence opening with a training step and saying what it gives ("Fine-tuning X on D yields Y"). */
const TRAINING_YIELDS = /^(?:(?:Continued|Continual|Further|Supervised)\s+)?(?:Fine-?tuning|Training|Pre-?training|Instruction[- ]tuning|Distilling)\b(?:[^.;]|\.\d){0,100}?\b(?:gives|yields|produces|results\s+in)\s+(?:the\s+|our\s+)?(?=[A-Z])/;
/** "On TREC-COVID, " before a word: a fronted phrase, so the word opens the clause as its subject. */
const FRONTED_SUBJECT = /^(?:On|In|Across|For|With|Using|Under|At|After|Without)\s+[^,;]{1,50},\s+$/;
/** ", a … model", and "(version 2.4), a commercially available system": a gloss after the name */
const APPOSITIVE_GLOSS = /^\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:an?|the|our)\s+/;
const METRIC_VALUE_AFTER = /^\s*(?:of|:|=|over|above|exceeding|reaching)\s*\d+(?:\.\d+)?(?!\s*(?:[KMB]\b|billion|million|patients|images|cases|samples))/;

export class Discoverer {
  readonly found: Found[] = [];
  private readonly lexAt = new Map<number, LexMention>();

  constructor(private readonly input: DiscoverInput) {
    for (const m of input.lexMentions) this.lexAt.set(m.start, m);
  }

  private blockedAt(at: number): boolean {
    return this.input.blocked.some((s) => at >= s.start && at < s.end);
  }

  /** Record a name with its hints; a phrase with an acronym records both under one key. */
  add(name: NameSpan, hints: EntityType[], introduced: boolean): void {
    if (this.blockedAt(name.start)) return;
    const lexHit = name.lex?.entry ?? this.input.lexicon.byKey.get(nameKey(name.text))?.entry ?? null;
    const acroHit = name.acronym ? this.input.lexicon.byKey.get(nameKey(name.acronym.text))?.entry ?? null : null;
    const entry = lexHit ?? acroHit;
    // an edition year is the same thing as the bare name ("VerSe 2020" and "the VerSe challenge")
    const key = name.lex ? name.lex.key : entry ? entry.key : discoveredKey((name.acronym?.text ?? name.text).replace(/ (?:19|20)\d\d$/, ''));
    if (!entry && (isGeneric(name.text) || (name.acronym && isGeneric(name.acronym.text)))) return;
    const shapeType = typeFromShape(name.text);
    const own = entry ? null : ownHead(name.text);
    const allHints = own ? [own] : hints.length ? hints : entry ? [] : shapeType ? [shapeType] : [];
    this.found.push({ start: name.start, end: name.end, text: name.text, key, lex: entry, hints: allHints, introduced });
    if (name.acronym) {
      const a = name.acronym;
      this.found.push({ start: a.start, end: a.end, text: a.text, key, lex: entry, hints: allHints, introduced });
    }
  }

  private sentenceText(s: Span): string {
    return this.input.text.slice(s.start, s.end);
  }

  /** "we propose X", "we construct a dataset called X", "termed X", "our best model, X". */
  introductions(): void {
    const { text } = this.input;
    for (const s of this.input.sentences) {
      if (s.end <= this.input.titleEnd) continue;
      const sentence = this.sentenceText(s);
      // "Fine-tuning Llama 3.1 8B on NoteForge-2M gives NoteForge-Llama-8B": what the training yields
      const made = TRAINING_YIELDS.exec(sentence);
      if (made) this.afterCue(s.start + made.index + made[0].length, s);
      if (!MAY_INTRODUCE.test(sentence)) continue;
      let cued = false;
      for (const cue of sentence.matchAll(INTRO_CUE)) {
        cued = true;
        this.afterCue(s.start + cue.index + cue[0].length, s);
      }
      if (/^(?:[A-Z][\w-]*,?\s+)?[Ww]e\b/.test(sentence)) {
        for (const cue of sentence.matchAll(AND_INTRO)) this.afterCue(s.start + cue.index + cue[0].length, s);
      }
      if (cued || /,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:new|novel)\b/i.test(sentence)) this.appositives(s);
      const naming = /called|named|termed|dubbed|coined|namely|i\.e\.|we\s+(?:call|term|name|dub)\b|releas\w*\s+as\b/.test(sentence);
      const ownWords = /\b(?:our|resulting|proposed)\b/i.test(sentence);
      for (const cue of naming ? sentence.matchAll(NAMING) : []) {
        const at = s.start + cue.index + cue[0].length;
        const name = nameAt(text, at, this.lexAt, true);
        if (!name) continue;
        // "on five cohorts, namely TCGA-BRCA, …", "i.e., MedQA": a list of existing things, unless the
        // sentence introduces something ("we propose a new model, namely X")
        if (/^(?:namely|\(i\.e\.)/i.test(cue[0].trim()) && name.lex && !cued && !ownWords && !/\b(?:new|novel)\b/i.test(sentence)) continue;
        const window = text.slice(Math.max(s.start, at - 80), at).replace(/(?:,?\s*(?:which|that)\s+)?(?:we\s+(?:call|term|name|dub)|(?:we\s+)?releas\w*\s+as)\s+(?:it\s+)?(?:the\s+)?$/i, ' ');
        const { types, skip } = typeFromHeads(headsBefore(window));
        if (skip) continue;
        this.add(name, types.length ? types : this.headsAfter(name, s), true);
      }
      for (const own of ownWords ? sentence.matchAll(OWN) : []) {
        const at = s.start + own.index + own[0].length;
        const name = nameAt(text, at, this.lexAt, true);
        const head = /(model|method|system|framework|dataset|benchmark|approach|network|agent)s?,?\s+$/i.exec(own[0]);
        const { types } = typeFromHeads(head ? headsBefore(head[1]!) : []);
        // "our earlier model Hygieia": the authors' own but not this paper's
        const earlier = /^our\s+(?:earlier|previous|prior|original|former)\s/i.test(own[0]);
        if (name && name.lex?.entry.types[0] !== 'Metric') this.add(name, types, !earlier);
      }
      for (const own of ownWords ? sentence.matchAll(OWN_NAME) : []) {
        const at = s.start + own.index + own[0].length;
        const name = nameAt(text, at, this.lexAt, true);
        if (name && (name.shape === 'coined' || name.shape === 'phrase')) this.add(name, this.headsAfter(name, s), true);
      }
    }
  }

  private headsAfter(name: Span, s: Span): EntityType[] {
    return typeFromHeads(firstHeads(this.input.text.slice(name.end, Math.min(s.end, name.end + 90)))).types;
  }

  /** An acronym right after a cue is the artifact only where it is defined, not a reused term
   * ("we develop an IMIS baseline network" reuses the task acronym IMIS). */
  private acceptableDirect(name: NameSpan): boolean {
    // "a Bayesian hierarchical model": a capitalised word followed by more description is a modifier
    if (name.shape === 'capitalised') return /^\s*(?:[,(.:;]|$|(?:that|which|is|to|for|with|as|and)\b)/.test(this.input.text.slice(name.end, name.end + 12));
    if (name.shape !== 'acronym') return true;
    const firstUse = this.input.text.indexOf(name.text, this.input.titleEnd);
    const next = this.input.text.slice(name.end, name.end + 20);
    return firstUse === name.start || /^\s*[,(:]/.test(next);
  }

  private afterCue(at: number, s: Span): void {
    const { text } = this.input;
    const rest = text.slice(at, s.end);
    const lead = LEAD.exec(rest);
    const direct = nameAt(text, at + (lead ? lead[0].length : 0), this.lexAt, true);
    if (direct && !(direct.lex && direct.lex.entry.types[0] === 'Metric') && this.acceptableDirect(direct)) {
      const after = text.slice(direct.end, Math.min(s.end, direct.end + 90)).replace(/^\s*\([^)]*\)/, '');
      const heads = typeFromHeads(firstHeads(after));
      // "We build X, 1,150 clinical questions …": no head noun, but a count of items makes it data
      const counted = heads.types.length ? null : collectionType(text.slice(Math.max(s.start, direct.start - 60), direct.start), after, text.slice(s.start, s.end));
      // "we combine 58 public datasets into X": what data are merged into is data
      const merged = !heads.types.length && /\b(?:datasets|data\s+sets|corpora|collections|cohorts|databases|sources)\b[^.;]{0,40}\binto\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(s.start, direct.start - 80), direct.start));
      const types = counted ? [counted] : merged ? (['Dataset'] as EntityType[]) : heads.types;
      const skip = heads.skip && !counted;
      if (!skip) {
        this.add(direct, types, true);
        this.continueList(direct, s, types);
      }
      return;
    }
    const headed = HEAD_THEN_NAME.exec(rest) ?? HEAD_DIRECT.exec(rest);
    if (headed) {
      const pos = at + headed[0].length;
      const name = nameAt(text, pos, this.lexAt, true);
      const direct = headed[0].endsWith(' ') && !/[,:—–]\s*$|(?:called|named|termed|dubbed|namely|as)\s+(?:the\s+)?$/i.test(headed[0]);
      if (name && (!direct || name.shape === 'coined' || name.shape === 'phrase' || name.shape === 'lexicon')) {
        const { types, skip } = typeFromHeads(headsBefore(text.slice(at, pos)));
        if (!skip) {
          const kinds = types.length ? types : this.headsAfter(name, s);
          this.add(name, kinds, true);
          this.continueList(name, s, kinds);
        }
        return;
      }
    }
    for (const cap of rest.slice(0, 90).matchAll(/(?<![\w-])[A-Z]/g)) {
      const name = nameAt(text, at + cap.index, this.lexAt, true);
      if (name?.shape === 'phrase') {
        const { types, skip } = typeFromHeads(firstHeads(text.slice(name.acronym ? name.acronym.end + 1 : name.end, Math.min(s.end, name.end + 60))));
        if (!skip) this.add(name, types, true);
        return;
      }
    }
  }

  /** "two datasets: X and Y", "X, a benchmark …; and Y, a new dataset": later names in the list. */
  private continueList(first: NameSpan, s: Span, kinds: EntityType[]): void {
    const { text } = this.input;
    let end = first.acronym ? first.acronym.end + 1 : first.end;
    for (let k = 0; k < 4; k++) {
      const tail = text.slice(end, s.end);
      const appositive = /^,\s+(?:an?|the)\s[^;]*?(?=(?:;|,)\s*and\s)/.exec(tail);
      const joint = /^(?:\s*\([^)]*\))?(?:\s*(?:;|,)?\s*and\s+|\s*,\s+)(?:the\s+)?/.exec(appositive ? tail.slice(appositive[0].length) : tail);
      if (!joint) return;
      const pos = end + (appositive ? appositive[0].length : 0) + joint[0].length;
      const name = nameAt(text, pos, this.lexAt, true);
      if (!name || (name.shape === 'capitalised' && !/^,\s+an?\s/.test(text.slice(name.end, name.end + 5)))) return;
      const own = typeFromHeads(firstHeads(text.slice(name.end, Math.min(s.end, name.end + 90)))).types;
      this.add(name, own.length ? own : appositive ? [] : kinds, true);
      end = name.acronym ? name.acronym.end + 1 : name.end;
    }
  }

  /** In an introducing sentence, "X, a new … dataset" introduces X wherever it sits. */
  private appositives(s: Span): void {
    const { text } = this.input;
    for (const m of text.slice(s.start, s.end).matchAll(/,\s+(?:an?|the)\s/g)) {
      const comma = s.start + m.index;
      const head = text.slice(Math.max(s.start, comma - 60), comma);
      const last = /(?:\(([^()]{2,20})\)|([A-Za-z0-9][\w+.:-]*))\s*$/.exec(head);
      if (!last) continue;
      const at = comma - last[0].length + (last[1] ? 1 : 0);
      const name = nameAt(text, at, this.lexAt, true);
      if (!name || name.shape === 'capitalised' || (name.lex && name.lex.entry.types[0] === 'Metric')) continue;
      const tail = text.slice(comma, s.end);
      const { types, skip } = typeFromHeads(firstHeads(tail));
      if (!skip && types.length && (name.shape !== 'lexicon' || /^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:new|novel|first)\b/i.test(tail))) {
        this.add(name, types, true);
      }
    }
  }

  /** "OphthoKit-Fundus", "RADLINGO-Eval": hyphenated variants of names the paper introduces, and
   * numbered successors ("Hygieia 2") of the models it names (variants.ts). */
  familyVariants(): void {
    const { add, mark } = familyVariants(this.input.text, this.input.titleEnd, this.found);
    for (const f of mark) f.introduced = true;
    for (const e of add) this.add(e.name, e.types, true);
    for (const e of successorNames(this.input.text, this.input.titleEnd, this.found)) this.add(e.name, e.types, e.introduced);
  }

  /** The paper's own artifact named by its title prefix. */
  titleArtifacts(): void {
    const { text, titleEnd } = this.input;
    const title = text.slice(0, titleEnd);
    for (const { text: nameText, start } of titleNames(title, text.slice(titleEnd))) {
      const lex = this.lexAt.get(start);
      const name: NameSpan = lex && lex.end === start + nameText.length
        ? { start, end: lex.end, text: lex.text, lex, acronym: null, shape: 'lexicon' }
        : { start, end: start + nameText.length, text: nameText, lex: null, acronym: null, shape: 'coined' };
      const remainder = title.slice(name.end).replace(/^[\s:,–—-]+/, '');
      let types = this.typeFromAbstract(nameText);
      if (!types.length) types = typeFromHeads(firstHeads(remainder, 14)).types;
      // "X: Benchmarking …", "X: Evaluating …" name a test suite; other gerunds ("Learning …") a method
      if (!types.length && /^(?:Benchmarking|Evaluating|Assessing|Measuring|Testing|Probing|Auditing)\b/.test(remainder)) types = ['Benchmark'];
      if (!types.length && /^(?:[A-Z][a-z]+ing|Towards?|Rethinking)\b/.test(remainder)) types = ['Model'];
      if (!types.length) {
        const head = anyHead(remainder);
        if (head) types = [head];
      }
      this.add(name, types, true);
    }
  }

  private typeFromAbstract(nameText: string): EntityType[] {
    const { text, titleEnd } = this.input;
    const at = text.indexOf(nameText, titleEnd);
    if (at === -1) return [];
    const after = text.slice(at + nameText.length, at + nameText.length + 90);
    if (/^\s*(?:\([^)]*\))?\s*(?:,|\s(?:is|was))\s+(?:an?|the)\s/.test(after)) return typeFromHeads(firstHeads(after.replace(/^\s*\([^)]*\)/, '').replace(/^\s+(?:is|was)\b/, ','))).types;
    // "We present LinguaMed, 11,700 licensing-exam style questions …": glossed by a count of items
    const s = this.input.sentences[sentenceAt(this.input.sentences, at)];
    const counted = s ? collectionType(text.slice(Math.max(s.start, at - 60), at), after, text.slice(s.start, s.end)) : null;
    return counted ? [counted] : [];
  }

  /** "PDBbind v2020", "Stable-Vicuna 13B", "n2c2 2018 ADE": releases, sizes and tracks (variants.ts). */
  private releases(): void {
    for (const e of releaseNames(this.input.text, this.input.lexMentions)) this.add(e.name, e.types, false);
  }

  /** Context around single coined words: "the X dataset", "outperforms X", "X achieves …"; and
   * plain capitalised names in the strongest of those contexts. */
  shapedWords(): void {
    this.plainNames();
    this.releases();
    const { text, sentences } = this.input;
    let si = 0;
    for (const m of text.matchAll(SHAPED_WORD)) {
      const start = m.index;
      if (start < this.input.titleEnd || this.blockedAt(start)) continue;
      const word = m[0].endsWith('.') ? m[0].replace(/[.]+$/, '') : m[0];
      const known = this.lexAt.get(start);
      if (known) {
        // "MIMIC-III-full", "Llama-2-chat": a hyphenated variant of a known name is its own entity
        if (known.end < start + word.length && this.input.text[known.end] === '-' && known.entry.types[0] !== 'Metric' && hasNameShape(word)) {
          this.add({ start, end: start + word.length, text: word, lex: null, acronym: null, shape: 'coined' }, [known.entry.types[0]!], false);
        }
        continue;
      }
      if (!/[A-Z0-9]/.test(word.slice(1))) continue;
      while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
      const s = sentences[si]!;
      const coined = hasNameShape(word);
      const acronym = !coined && isAcronym(word);
      if (!coined && !acronym) continue;
      const end = start + word.length;
      // "the Rheumatology Self-Assessment Questions (RheumSAQ) collection": a defined short form names
      // the capitalised phrase before it; the words after the bracket say what it is
      if (text[start - 1] === '(' && text[end] === ')') {
        const lead = DEFINED_PHRASE.exec(text.slice(Math.max(s.start, start - 90), start));
        const phrase = lead ? nameAt(text, start - lead[0].length, this.lexAt, true) : null;
        if (phrase?.shape === 'phrase' && phrase.acronym?.text === word) {
          const tail = text.slice(end + 1, Math.min(s.end, end + 60));
          const { types, skip } = typeFromHeads(firstHeads(tail, 3));
          // only when the words after name a collection or test ("… (RheumSAQ) collection"): a bare
          // "Capitalised Phrase (CP)" is far more often a task or a concept than an artifact
          if (!skip && types.length && types.every((t) => t !== 'Model') && !this.found.some((f) => f.start === phrase.start)) {
            this.add(phrase, types, false);
            continue;
          }
          // "742 multiple-choice questions from the Hematology Self-Assessment Program (HemeSAP)": a
          // question bank the items are drawn from is a benchmark
          if (ITEMS_FROM.test(text.slice(Math.max(s.start, phrase.start - 60), phrase.start)) && !this.found.some((f) => f.start === phrase.start)) {
            this.add(phrase, ['Benchmark'], false);
            continue;
          }
        }
      }
      const span: NameSpan = withVersion(text, { start, end, text: word, lex: null, acronym: null, shape: coined ? 'coined' : 'acronym' });
      const after = text.slice(end, Math.min(s.end, end + 40));
      const heads = typeFromHeads(firstHeads(after, 2));
      if (heads.types.length && /^\s+(?:[A-Za-z-]+\s+)?[A-Za-z-]+/.test(after) && (HEAD_RIGHT_AFTER.test(after) || (coined && looksCoined(word) && HEAD_AFTER.test(after)))) {
        this.add(span, heads.types, false);
        continue;
      }
      // "On X, a new benchmark of …", "X, our curated test set": an appositive head types the word
      const gloss = coined ? APPOSITIVE_GLOSS.exec(after) : null;
      if (gloss) {
        const glossed = typeFromHeads(firstHeads(text.slice(end + gloss[0].length, Math.min(s.end, end + 100)), 4));
        if (glossed.types.length && !glossed.skip) {
          this.add(span, glossed.types, false);
          continue;
        }
      }
      // "NSD of 77.34", "SSIM: 0.93": a short capitalised measure directly followed by its value
      if (acronym && word.length <= 6 && METRIC_VALUE_AFTER.test(after) && !isGeneric(word)) {
        this.add(span, ['Metric'], false);
        continue;
      }
      // "X is a large-scale benchmark for …": a definition opening the sentence types the name
      if (start === s.start) {
        const kinds = definedAs(text.slice(end, Math.min(s.end, end + 110)));
        if (kinds.length) {
          this.add(span, kinds, false);
          continue;
        }
      }
      if (!coined) continue;
      const shape = typeFromShape(word) ?? (knownModelPrefix(this.input.lexicon, word) ? 'Model' : null);
      // "…, TierLink-VQA achieves 64.8%": a clause subject with a result verb is a model whatever its
      // shape says, and this evidence outweighs the shape seen at the name's other mentions (an
      // introduction and a plain mention each add the shape once, so it counts three times)
      const opens = start === s.start || /(?:[:;]|\b(?:that|while|whereas))\s*$/.test(text.slice(Math.max(s.start, start - 9), start)) || FRONTED_SUBJECT.test(text.slice(s.start, start));
      if (shape && shape !== 'Model' && opens && RESULT_SUBJECT.test(text.slice(end, s.end))) {
        this.add(span, ['Model', 'Model', 'Model'], false);
        continue;
      }
      if (shape) {
        this.add(span, [shape], false);
        continue;
      }
      const before = text.slice(Math.max(s.start, start - 45), start);
      const counted = collectionType(text.slice(Math.max(s.start, start - 60), start), after, text.slice(s.start, s.end));
      if (counted) {
        this.add(span, [counted], false);
        continue;
      }
      // "…: X achieves", "we find that X sets", "while X attains", "On TREC-COVID, X reaches"
      const opensClause = start === s.start || /(?:[:;]|\b(?:that|while|whereas))\s*$/.test(text.slice(Math.max(s.start, start - 9), start)) || FRONTED_SUBJECT.test(text.slice(s.start, start));
      if (COMPARE.test(before) || (opensClause && SUBJECT_VERB.test(text.slice(end, s.end)))) {
        this.add(span, ['Model'], false);
      } else if (looksCoined(word)) {
        const kind = contextType(text.slice(Math.max(s.start, start - 120), start));
        if (kind) this.add(span, [kind], false);
      }
    }
  }


  /** "TrajDiff, our diffusion model", "CapRel-BERT, that we also propose": an own appositive. */
  ownAppositives(): void {
    const { text, titleEnd } = this.input;
    if (!/,\s+(?:our|which\s+we|that\s+we)\s|,\s+(?:presented|introduced|proposed|developed|described)\s+(?:here|in\s+this)\b/.test(text)) return;
    for (const m of text.matchAll(OWN_APPOSITIVE)) {
      if (m.index < titleEnd) continue;
      const name = nameAt(text, m.index, this.lexAt, true);
      if (!name || name.end !== m.index + m[1]!.length || name.shape === 'capitalised') continue;
      if (name.lex && name.lex.entry.types[0] === 'Metric') continue;
      // "including the Probabilistic U-Net and PHiSeg, our approach matches …": a compared list item
      if (/,\s+our\s/.test(m[0]) && /\b(?:including|such\s+as|like|e\.g\.|against|than|versus|over|and|or)\b[^.;]{0,60}$/i.test(text.slice(Math.max(titleEnd, m.index - 60), m.index)) && !/^[^,]*,\s+our\s+(?:[\w-]+\s+){0,3}[\w-]+\s*[,(]/.test(text.slice(m.index, m.index + 80))) continue;
      // ", our new benchmark of …": the head follows the possessive
      const { types, skip } = typeFromHeads(firstHeads(text.slice(name.end, name.end + 80).replace(/^\s*\([^)]*\)/, '').replace(/^\s*,\s+our\s/i, ' ')));
      if (!skip) this.add(name, types, true);
    }
  }

  /** Plain capitalised names after a comparison or a score given for them ("21.0 mg/dL for Gluformer"). */
  private plainNames(): void {
    for (const { name, type } of plainNames(this.input.text, this.input.titleEnd, this.lexAt)) this.add(name, [type], false);
    for (const { name, types } of definedPlainNames(this.input.text, this.input.sentences, this.input.titleEnd, this.lexAt)) this.add(name, types, false);
    for (const { name, types } of introducedPlainNames(this.input.text, this.input.titleEnd, this.lexAt)) this.add(name, types, true);
  }

  /** Measures named by how a value is reported ("a weighted kappa of 0.81"). */
  reportedMetrics(): void {
    const { text, titleEnd } = this.input;
    for (const name of metricPhrases(text, titleEnd, this.input.lexMentions)) this.add(name, ['Metric'], false);
    for (const name of metricShapes(text, titleEnd, this.lexAt)) this.add(name, ['Metric'], false);
  }

  /** Names enumerated after a typing head noun ("LLMs including A, B and C"). */
  enumerations(): void {
    for (const { name, type } of listedNames(this.input.text, this.input.sentences, this.lexAt)) this.add(name, [type], false);
  }

  /** Coordination: a coined word listed next to a known name shares its type
   * ("ResNet-50, InceptionV3 and DenseNet161"; "MIMIC-III, BC5CDR and NCBI-Disease"). */
  lists(): void {
    const { text, titleEnd, lexMentions } = this.input;
    for (const { name, type } of coordinatedNames(text, titleEnd, lexMentions, this.found, (at) => this.blockedAt(at))) this.add(name, [type], false);
  }
}
