import type { ValidationAcceptor } from 'langium';
import type { Improvement } from '../generated/ast.js';
import { quotedText } from '../message-text.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';

/** Every due date written, not only the one that counts (a repeat is duplicate-property). */
export function checkDueDate(improvement: Improvement, accept: ValidationAcceptor): void {
    (improvement.dues ?? []).forEach((due, index) => {
        if (!isCalendarDate(due)) {
            accept('error', messageFor(improvement, IssueCodes.InvalidDate, { text: quotedText(due) }),
                issue(IssueCodes.InvalidDate, { node: improvement, property: 'dues', index }));
        }
    });
}

/** A real calendar date in ISO form: 2028-02-29 is one, 2026-02-30 is not. */
export function isCalendarDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return false;
    }
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(0);
    // Dates roll over (Feb 30 becomes Mar 2), so a date that survives the round trip is real.
    // setUTCFullYear, unlike Date.UTC, does not read years 0..99 as 1900..1999.
    date.setUTCFullYear(year, month - 1, day);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
