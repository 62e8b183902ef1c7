// Reader for a JSON array of PaperInput objects (or one object), streamed: a small scanner finds where
// each top-level element starts and ends (tracking strings and nesting), so only one element is in
// memory at a time and a malformed element is rejected with its line while the others are still read.
import { ingestReject, type IngestEvent } from './events.ts';
import { eventFromJsonText } from './records.ts';
import type { Source } from './source.ts';

/** Longest array element kept, in characters. */
export const MAX_RECORD_CHARS = 1024 * 1024;

type State = 'start' | 'between' | 'element' | 'after';

const STRING_STOP = /["\\\n]/g;

export async function* readJsonArray(source: Source, maxChars: number = MAX_RECORD_CHARS): AsyncGenerator<IngestEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let state: State = 'start';
  let single = false; // the document is one object, not an array
  let line = 1;
  let element = '';
  let elementLine = 0;
  let elementChars = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;

  const endElement = (): IngestEvent => {
    const text = element;
    element = '';
    const size = elementChars;
    elementChars = 0;
    if (size > maxChars) return ingestReject(source.name, elementLine, `record is ${size} characters, longer than the ${maxChars}-character limit`);
    return eventFromJsonText(text, source.name, elementLine);
  };

  for await (const chunk of source.chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      yield ingestReject(source.name, line, 'invalid UTF-8; the rest of the file is skipped');
      return;
    }
    let from = 0; // start of the part of `text` that belongs to the current element
    for (let i = 0; i < text.length; i++) {
      if (state === 'element' && inString && !escaped) {
        // jump to the next character that can end the string (long abstracts are mostly plain text)
        STRING_STOP.lastIndex = i;
        const stop = STRING_STOP.exec(text);
        if (stop === null) break;
        i = stop.index;
      }
      const c = text[i]!;
      if (c === '\n') line++;
      if (state === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === '\\') escaped = true;
          else if (c === '"') inString = false;
          continue;
        }
        if (c === '"') inString = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']' || c === ',') {
          if (depth === 0) {
            // a scalar element ends here, before the delimiter
            append(text.slice(from, i));
            yield endElement();
            state = c === ']' ? 'after' : 'between';
            continue;
          }
          if (c !== ',') depth--;
          if (depth === 0) {
            append(text.slice(from, i + 1));
            yield endElement();
            state = single ? 'after' : 'between';
          }
        }
        continue;
      }
      if (/\s/.test(c) || c === '\uFEFF') continue;
      if (state === 'start') {
        if (c === '[') {
          state = 'between';
          continue;
        }
        single = true;
      } else if (state === 'between') {
        if (c === ',') continue;
        if (c === ']') {
          state = 'after';
          continue;
        }
      } else {
        yield ingestReject(source.name, line, 'unexpected text after the end of the JSON document; the rest is skipped');
        return;
      }
      state = 'element';
      elementLine = line;
      depth = c === '{' || c === '[' ? 1 : 0;
      inString = c === '"';
      escaped = false;
      from = i;
      if (single && depth === 0) {
        yield ingestReject(source.name, line, 'not a JSON array or object');
        return;
      }
    }
    if (state === 'element') append(text.slice(from));
  }
  const ended = state as State;
  if (ended !== 'after') {
    const where = ended === 'element' ? elementLine : line;
    yield ingestReject(source.name, where, ended === 'start' ? 'empty JSON document' : 'unexpected end of file inside the JSON array');
  }

  function append(part: string): void {
    elementChars += part.length;
    if (elementChars <= maxChars) element += part;
    else element = '';
  }
}
