import { expect, test } from 'vitest';
import { editDistance, nearestMatch } from '../../../language/validation/nearest-match.js';
import { CHANNEL_TYPES, SENSES } from '../../../language/model/vocabulary.js';

test.each([
    ['tactle', SENSES, 'tactile'],
    ['Visual', SENSES, 'visual'],
    ['audtory', SENSES, 'auditory'],
    ['word-of-moth', CHANNEL_TYPES, 'word-of-mouth'],
    ['emial', CHANNEL_TYPES, 'email'],
    ['banana', SENSES, undefined],
    ['', SENSES, undefined],
] as const)('nearest to %j is %j', (word, candidates, expected) => {
    expect(nearestMatch(word, candidates)).toBe(expected);
});

test('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
});
