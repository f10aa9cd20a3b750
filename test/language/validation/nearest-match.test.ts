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
    // Short words unrelated to any candidate: no suggestion, let alone a preferred fix.
    ['Tim', ['Sam', 'Alex'], undefined],
    ['Z', ['A', 'B'], undefined],
    ['ab', ['xy', 'cd'], undefined],
    ['smel', ['smell', 'sight'], 'smell'],
    ['corective', ['corrective', 'recovery'], 'corrective'],
    ['Sma', ['Sam'], 'Sam'],
] as const)('nearest to %j is %j', (word, candidates, expected) => {
    expect(nearestMatch(word, candidates)).toBe(expected);
});

test('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('tim', 'sam')).toBe(2);
});
