/**
 * `journey init --persona "Noor de Vries"`: a persona's name must be a name of the language
 * (letters, digits, `_`; not a keyword), its title may be any one-line text. The rule comes
 * from the grammar, as the rename provider's does.
 */
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { JourneyLanguageGrammar } from '../generated/grammar.js';

export interface PersonaName {
    /** The declared name: `persona NoorDeVries`. */
    name: string;
    /** The title: `"Noor de Vries"`. */
    title: string;
}

const grammar = JourneyLanguageGrammar();
const idRule = grammar.rules.find((rule) => GrammarAST.isTerminalRule(rule) && rule.name === 'ID');
const namePattern = new RegExp(`^(?:${(idRule && GrammarAST.isTerminalRule(idRule) ? GrammarUtils.terminalRegex(idRule) : /[_\p{L}][\p{L}\p{M}\p{N}_]*/u).source})$`, 'u');
const keywords: ReadonlySet<string> = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((keyword) => keyword.value));

/** The longest title accepted: a persona's title is a label, not a description. */
export const MAX_PERSONA_TITLE = 80;

/**
 * `Noor` -> Noor "Noor"; `Noor de Vries` -> NoorDeVries "Noor de Vries"; `3D printer fan` ->
 * P3DPrinterFan. Returns a reason instead when the text cannot be a title (empty, a line break
 * or control character, too long, no letter or digit in it).
 */
export function personaName(text: string): PersonaName | { problem: string } {
    const title = text.trim();
    if (title === '') {
        return { problem: 'is empty' };
    }
    if (/[\p{Cc}\p{Cs}\u2028\u2029]/u.test(title)) {
        return { problem: 'holds a line break or control character' };
    }
    if ([...title].length > MAX_PERSONA_TITLE) {
        return { problem: `is longer than ${MAX_PERSONA_TITLE} characters` };
    }
    const words = title.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
    let name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
    if (name === '') {
        return { problem: 'has no letter or digit to make a name from' };
    }
    if (!/^[_\p{L}]/u.test(name)) {
        name = `P${name}`;
    }
    if (keywords.has(name) || !namePattern.test(name)) {
        name = `${name}Persona`;
    }
    return { name, title };
}
