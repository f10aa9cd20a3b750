/** The quick fixes' titles in English: the product's original wording. */
import type { DeclarableKind, FixTitles } from './fix-titles.js';

const KINDS: Readonly<Record<DeclarableKind, string>> = { Persona: 'persona', Channel: 'channel', Team: 'team' };

export const fixTitlesEn: FixTitles = {
    changeTo: (value) => `Change to '${value}'`,
    changeToColumn: (column) => `Change to column '${column}'`,
    addImprovementFor: (touchpoint) => `Add an improvement for '${touchpoint}'`,
    addOpportunityTo: (touchpoint) => `Add an opportunity to '${touchpoint}'`,
    removeSecond: (keyword) => `Remove the second '${keyword}'`,
    addToFirst: (keyword) => `Add these values to the first '${keyword}'`,
    declareHere: (kind, name) => `Declare ${KINDS[kind]} '${name}' in this file`,
    declareIn: (kind, name, file) => `Declare ${KINDS[kind]} '${name}' in ${file}`,
};
