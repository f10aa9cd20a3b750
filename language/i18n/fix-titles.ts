/**
 * The shape of the quick fixes' titles in one language (what the light bulb lists). One file per
 * language (fix-titles-en.ts, fix-titles-nl.ts); a missing title is a type error. Names and values
 * arrive as written; keywords as the grammar's (English) keywords.
 */

/** The elements a fix declares. */
export type DeclarableKind = 'Persona' | 'Channel' | 'Team';

export interface FixTitles {
    readonly changeTo: (value: string) => string;
    readonly changeToColumn: (column: string) => string;
    readonly addImprovementFor: (touchpoint: string) => string;
    readonly addOpportunityTo: (touchpoint: string) => string;
    readonly removeSecond: (keyword: string) => string;
    readonly addToFirst: (keyword: string) => string;
    readonly declareHere: (kind: DeclarableKind, name: string) => string;
    readonly declareIn: (kind: DeclarableKind, name: string, file: string) => string;
}
