// Table-driven cases for measures read from how a value is reported (src/extract/metric-phrases.ts).
// Synthetic sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { metricPhrases } from '../../src/extract/metric-phrases.ts';

const CASES: { text: string; phrases: string[] }[] = [
  { text: 'It reaches a weighted kappa of 0.81 on the test set.', phrases: ['weighted kappa'] },
  { text: 'The tagger achieves strict F1 = 0.784 and relaxed F1 = 0.846 on the notes.', phrases: ['strict F1', 'relaxed F1'] },
  { text: 'Our entry scored an instance-level F1 of 0.962 in the challenge.', phrases: ['instance-level F1'] },
  { text: 'Fine-tuning lowers its drug-name error rate from 31.2% to 12.8%.', phrases: ['drug-name error rate'] },
  { text: 'The model reaches a structural similarity of 0.93.', phrases: ['structural similarity'] },
  // a bare known measure or a description of a change is no new measure
  { text: 'It obtains an F1 of 0.71 and a higher error rate of 3%.', phrases: [] },
];

describe('measures read from reported values', () => {
  it.each(CASES)('$text', ({ text, phrases }) => {
    expect(metricPhrases(text, 0, []).map((p) => p.text)).toEqual(phrases);
  });
});
