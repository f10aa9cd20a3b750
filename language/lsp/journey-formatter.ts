/**
 * Formatting (`textDocument/formatting`, `rangeFormatting`, and `journey format`): the
 * canonical layout of canonical-layout.ts, whose top comment gives the rules and explains why
 * this is a token printer rather than Langium's AbstractFormatter.
 *
 * A document the parser could not read is not formatted at all (no edits): where the parser
 * recovered, the tree does not say what the text means, and a layout built on a guess could
 * move text into the wrong block.
 */
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit,
} from 'vscode-languageserver-protocol';
import { canonicalLayout, type Layout, type LayoutToken, type LayoutTokenKind } from './canonical-layout.js';
import { unclosedCommentOf } from '../parser/unclosed-comment.js';

type Lexer = LangiumServices['parser']['Lexer'];

export class JourneyFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.canonicalEdits(document);
    }

    /** The edits of the whole-document layout that touch the range. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = params.range;
        return this.canonicalEdits(document).filter((edit) => !isBefore(edit.range.end, start) && !isBefore(end, edit.range.start));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /**
     * The document's text in the canonical layout, or undefined when the document has syntax
     * errors (then nothing may be formatted). Equal to the current text when it is formatted.
     */
    formattedText(document: LangiumDocument): string | undefined {
        return this.layout(document)?.text;
    }

    private canonicalEdits(document: LangiumDocument): TextEdit[] {
        const layout = this.layout(document);
        if (!layout) {
            return [];
        }
        const textDocument = document.textDocument;
        return layout.changes.map((change) => ({
            range: { start: textDocument.positionAt(change.start), end: textDocument.positionAt(change.end) },
            newText: change.text,
        }));
    }

    private layout(document: LangiumDocument): Layout | undefined {
        const { parseResult } = document;
        const root = parseResult.value.$cstNode;
        if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || !root || unclosedCommentOf(parseResult)) {
            return undefined;
        }
        const text = document.textDocument.getText();
        const tokens = CstUtils.flattenCst(root).map(layoutToken).toArray();
        const layout = canonicalLayout(text, tokens);
        // The printer only moves whitespace; the proof is cheap, so a bug can never cost text.
        return this.sameTokens(text, layout.text) ? layout : undefined;
    }

    /** Whether both texts lex to the same tokens (comments compared without their whitespace). */
    private sameTokens(before: string, after: string): boolean {
        const a = this.lexedTokens(before);
        const b = this.lexedTokens(after);
        return a !== undefined && b !== undefined && a.length === b.length && a.every((token, index) => token === b[index]);
    }

    private lexedTokens(text: string): string[] | undefined {
        const result = this.lexer.tokenize(text);
        if (result.errors && result.errors.length > 0) {
            return undefined;
        }
        return [...result.tokens, ...(result.hidden ?? [])]
            .sort((x, y) => x.startOffset - y.startOffset)
            .map((token) => (isComment(token.image) ? token.image.replace(/\s+/g, ' ').trim() : token.image));
    }
}

function layoutToken(leaf: LeafCstNode): LayoutToken {
    return { kind: kindOf(leaf), text: leaf.text, offset: leaf.offset };
}

function kindOf(leaf: LeafCstNode): LayoutTokenKind {
    if (leaf.hidden) {
        return leaf.text.startsWith('//') ? 'line-comment' : 'block-comment';
    }
    if (!GrammarAST.isKeyword(leaf.grammarSource)) {
        return 'word';
    }
    switch (leaf.grammarSource.value) {
        case '{':
            return 'open';
        case '}':
            return 'close';
        case ',':
            return 'comma';
        case '..':
        case '.': // a threshold's decimal point, `4.5`: written without spaces like a range
            return 'range';
        case '>=':
        case '<=':
            return 'word'; // a threshold's operator is part of its value: `threshold >= 90`
        default:
            return startsItsRule(leaf.grammarSource) ? 'declaration' : 'keyword';
    }
}

/** Whether the keyword is the first of its grammar rule (`'touchpoint' name=ID ...`): it starts an element. */
function startsItsRule(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    const first = rule && GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : rule?.definition;
    return first === keyword;
}

function isComment(image: string): boolean {
    return image.startsWith('//') || image.startsWith('/*');
}

function isBefore(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
