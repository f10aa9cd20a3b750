/**
 * Syntax colouring for .journey files, from the language's own word lists: the grammar's
 * keywords in every language of the catalogue (language/i18n), so a keyword added to the
 * grammar and its catalogues is coloured here without a second list. Strings, comments,
 * numbers and names follow the grammar's terminals (journey.langium).
 */
import { StreamLanguage, type StringStream } from '@codemirror/language';
import { KEYWORDS } from '../../language/i18n/catalogue.js';
import { LANGUAGES } from '../../language/i18n/languages.js';

const keywordWords: ReadonlySet<string> = new Set(
    Object.values(LANGUAGES).flatMap((catalogue) => KEYWORDS.map((keyword) => catalogue.keywords[keyword])),
);

interface CommentState {
    inComment: boolean;
}

/** A name as the grammar's ID (and HYPHENATED_WORD) terminals read it. */
const NAME = /^[_\p{L}][\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}\p{N}_]+)*/u;

export const journeyLanguage = StreamLanguage.define<CommentState>({
    name: 'journey',
    startState: () => ({ inComment: false }),
    token(stream: StringStream, state: CommentState): string | null {
        if (state.inComment) {
            return blockComment(stream, state);
        }
        if (stream.eatSpace()) {
            return null;
        }
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'lineComment';
        }
        if (stream.match('/*')) {
            state.inComment = true;
            return blockComment(stream, state);
        }
        if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) {
            return 'string';
        }
        if (stream.match(/^-?[0-9]+(?:\.[0-9]+)?/)) {
            return 'number';
        }
        const name = stream.match(NAME) as RegExpMatchArray | null;
        if (name) {
            return keywordWords.has(name[0]) ? 'keyword' : 'variableName';
        }
        if (stream.match(/^[{}]/)) {
            return 'brace';
        }
        stream.next();
        return 'punctuation';
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
});

function blockComment(stream: StringStream, state: CommentState): string {
    if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inComment = false;
    } else {
        stream.skipToEnd();
    }
    return 'blockComment';
}
