// Date normalisation: page dates and user JSON dates to the Paper date forms, never inventing a year.
import { describe, expect, it } from 'vitest';
import { parseLooseDate, parseMonthDay } from '../../src/ingest/dates.ts';

describe('parseMonthDay', () => {
  it.each([
    ['Dec 28, 2023', '2023-12-28'],
    ['Apr 1', '--04-01'],
    ['Sep 9', '--09-09'],
    ['Feb 29', '--02-29'],
    ['Feb 30', null],
    ['Foo 3', null],
    ['Apr 1 2', null],
  ])('%s → %s', (text, expected) => {
    expect(parseMonthDay(text)).toBe(expected);
  });
});

describe('parseLooseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2022-07', '2022-07'],
    ['1999', '1999'],
    ['--04-01', '--04-01'],
    ['5 March 2021', '2021-03-05'],
    ['March 5, 2021', '2021-03-05'],
    ['2024-13-01', null],
    ['sometime soon', null],
  ])('%s → %s', (text, expected) => {
    expect(parseLooseDate(text)).toBe(expected);
  });
});
