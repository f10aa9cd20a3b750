import { expect, test } from 'vitest';
import { isCalendarDate } from '../../../language/validation/dates.js';

test.each([
    ['2026-12-01', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-1-1', false],
    ['2026-12-01T10:00', false],
    ['next week', false],
    ['', false],
])('%j is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
});
