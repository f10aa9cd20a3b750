/** The quick fixes' titles in Dutch; keywords are named by their Dutch words (`'zintuigen'`). */
import { KEYWORDS, type Keyword } from './catalogue.js';
import type { DeclarableKind, FixTitles } from './fix-titles.js';
import { nl } from './nl.js';

const KINDS: Readonly<Record<DeclarableKind, string>> = { Persona: 'persona', Channel: 'kanaal', Team: 'team' };

const dutch = (keyword: string) => ((KEYWORDS as readonly string[]).includes(keyword) ? nl.keywords[keyword as Keyword] : keyword);

export const fixTitlesNl: FixTitles = {
    changeTo: (value) => `Wijzig in '${value}'`,
    changeToColumn: (column) => `Wijzig in kolom '${column}'`,
    addImprovementFor: (touchpoint) => `Voeg een verbetering toe voor '${touchpoint}'`,
    addOpportunityTo: (touchpoint) => `Voeg een kans toe aan '${touchpoint}'`,
    removeSecond: (keyword) => `Verwijder de tweede '${dutch(keyword)}'`,
    addToFirst: (keyword) => `Zet deze waarden achter de eerste '${dutch(keyword)}'`,
    declareHere: (kind, name) => `Declareer ${KINDS[kind]} '${name}' in dit bestand`,
    declareIn: (kind, name, file) => `Declareer ${KINDS[kind]} '${name}' in ${file}`,
};
