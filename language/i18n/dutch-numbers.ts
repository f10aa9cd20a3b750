import { formatNumber } from '../generators/score-text.js';

/** A number as Dutch writes it: rounded as `formatNumber` rounds, with a decimal comma (2,5). */
export function dutchNumber(value: number): string {
    return formatNumber(value).replace('.', ',');
}

/** How many survey answers, in Dutch: 1 antwoord, 12 antwoorden. */
export function dutchAnswers(count: number): string {
    return count === 1 ? '1 antwoord' : `${count} antwoorden`;
}
