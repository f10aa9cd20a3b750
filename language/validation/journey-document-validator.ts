import {
    AstUtils,
    Cancellation,
    CstUtils,
    DefaultDocumentValidator,
    DocumentValidator,
    interruptAndCheck,
    OperationCancelled,
    type AstNode,
    type AstReflection,
    type DiagnosticInfo,
    type ValidationAcceptor,
    type ValidationSeverity,
    type LangiumCoreServices,
    type LangiumDocument,
    type ValidationOptions,
} from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { isJourney } from '../generated/ast.js';
import { IssueCodes, type IssueCode } from './issue-codes.js';
import { printableMessage, quotedText } from '../message-text.js';
import { isNotTextError } from '../parser/journey-lexer.js';
import { unclosedCommentOf } from '../parser/unclosed-comment.js';
import { capDiagnostics } from './diagnostic-cap.js';
import { pushChildrenForPreorder } from './ast-children.js';
import { propertyRange } from './diagnostic-range.js';
import type { JourneyValidationRegistry } from './journey-validation-registry.js';
import { SyntaxMessages, unexpectedCharactersMessage } from './syntax-messages.js';
import type { SeveritySettings } from './severity-settings.js';
import { messageLanguageOf, setMessageLanguage } from './message-language.js';
import { messageIn } from '../i18n/messages.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { decideLanguage } from '../i18n/language-choice.js';
import type { DatasetStore } from '../evidence/dataset-store.js';
import type { ClientLanguage } from './client-language.js';

type ParseResult = LangiumDocument['parseResult'];

/**
 * Langium's built-in diagnostics with the language's stable codes (`syntax`,
 * `unresolved-reference`) and messages in a journey author's words. Langium's other `data`
 * fields stay, so its own code actions keep working.
 *
 * Langium's `stopAfter...Errors` options look for its own codes and therefore no longer
 * stop early; nothing in this product sets them.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly syntaxMessages: SyntaxMessages;
    private readonly astReflection: AstReflection;
    private readonly severitySettings: SeveritySettings;

    private readonly datasets: DatasetStore;
    private readonly clientLanguage: ClientLanguage;
    private readonly registry: JourneyValidationRegistry;

    constructor(services: LangiumCoreServices & { validation: { SeveritySettings: SeveritySettings; ClientLanguage: ClientLanguage; ValidationRegistry: JourneyValidationRegistry }; evidence: { Datasets: DatasetStore } }) {
        super(services);
        this.registry = services.validation.ValidationRegistry;
        this.clientLanguage = services.validation.ClientLanguage;
        this.datasets = services.evidence.Datasets;
        this.syntaxMessages = new SyntaxMessages(services.Grammar);
        this.astReflection = services.shared.AstReflection;
        this.severitySettings = services.validation.SeveritySettings;
    }

    /**
     * The project's severities apply here, once, so the CLI and the editor see the same; so does
     * the cap on diagnostics per file (diagnostic-cap.ts).
     */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        // The evidence checks read the dataset cache synchronously: read the files first (a big
        // export loads in slices, so the server keeps answering meanwhile).
        await this.datasets.prepare(document);
        const config = await this.severitySettings.configFor(document.uri);
        this.datasets.setMinAnswers(document.uri, config?.gates?.minAnswers);
        // The checks word their messages in the document's language (message-language.ts); the
        // hovers and lenses read the same choice.
        const language = decideLanguage({
            override: this.severitySettings.languageOverride, config: config?.language, ...await this.clientLanguage.preference(),
        });
        setMessageLanguage(document, language);
        await interruptAndCheck(cancelToken ?? Cancellation.CancellationToken.None);
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // Config problems are reported once per document: with the built-in checks, which
        // every build runs first (a later pass may run other categories only).
        const withConfigProblems = !options?.categories || options.categories.includes('built-in');
        const adjusted = await this.severitySettings.apply(document, diagnostics, withConfigProblems);
        // Reading a config file yields: a build cancelled meanwhile must not store stale results.
        await interruptAndCheck(cancelToken ?? Cancellation.CancellationToken.None);
        // Checks quote user text through quotedText; this makes one line of every message all the same.
        for (const diagnostic of adjusted) {
            if (typeof diagnostic.message === 'string') {
                diagnostic.message = printableMessage(diagnostic.message);
            }
        }
        return capDiagnostics(adjusted, undefined, language);
    }

    /**
     * Langium's walk over every node, with the same checks in the same order, made cheap: no
     * stream per node, a check's result awaited only when it is a promise, and the yield to
     * the event loop (`interruptAndCheck`, every 10 ms) asked every 64 nodes instead of awaited
     * on each; cancellation is still seen at every node.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const checksFor = this.registry.checksOf(options.categories);
        const stack: AstNode[] = [rootNode];
        let visited = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (cancellable) {
                if (visited++ % 64 === 0) {
                    await interruptAndCheck(cancelToken);
                } else if (cancelToken.isCancellationRequested) {
                    throw OperationCancelled;
                }
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of checksFor(node.$type)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) {
                        await result;
                    }
                }
            }
            if (nodeOptions.validateChildren) {
                pushChildrenForPreorder(node, stack);
            }
        }
    }

    /** Langium's, with a `property` position found without asking the grammar's reflection per CST node (diagnostic-range.ts). */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        if (!info.range && typeof info.property === 'string') {
            const range = propertyRange(info.node, info.property, info.index);
            if (range) {
                return super.toDiagnostic(severity, message, { ...info, range });
            }
        }
        return super.toDiagnostic(severity, message, info);
    }

    /**
     * The lexer's messages are the language's already, in English (JourneyLexerErrorMessageProvider,
     * which does not know the document); in another language they are worded again here.
     */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const notText = parseResult.lexerErrors.find(isNotTextError);
        const document = (parseResult.value as { $document?: LangiumDocument }).$document;
        const language = messageLanguageOf(document);
        const reworded = language !== undefined && language !== DEFAULT_LANGUAGE && document;
        const lexerErrors = parseResult.lexerErrors;
        diagnostics.slice(first).forEach((diagnostic, index) => {
            if (!isCode(diagnostic, DocumentValidator.LexingError)) {
                return;
            }
            let message = textOf(diagnostic);
            if (reworded && notText) {
                message = messageIn(language, IssueCodes.NotText, notText.problem);
            } else if (reworded && lexerErrors[index] && diagnostics.length - first === lexerErrors.length) {
                const error = lexerErrors[index];
                message = safely(() => unexpectedCharactersMessage(document.textDocument.getText(), error.offset, error.length, language), message);
            }
            recode(diagnostic, notText ? IssueCodes.NotText : IssueCodes.Syntax, message);
        });
        this.reportUnclosedComment(parseResult, diagnostics);
    }

    /**
     * The commented-out rest of the file is one hidden token (UNCLOSED_COMMENT in the grammar),
     * reported here as a lexing problem at its '/*'.
     */
    private reportUnclosedComment(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const comment = unclosedCommentOf(parseResult);
        if (comment) {
            const start = comment.range.start;
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: { start, end: { line: start.line, character: start.character + 2 } },
                message: this.syntaxMessages.unclosedComment(messageLanguageOf((parseResult.value as { $document?: LangiumDocument }).$document)),
                code: IssueCodes.Syntax,
                data: { code: IssueCodes.Syntax },
                source: this.getSource(),
            });
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        const added = diagnostics.slice(first);
        // Langium drops the errors it cannot place (an inserted token without a previous one).
        const language = messageLanguageOf((parseResult.value as { $document?: LangiumDocument }).$document);
        const errors = parseResult.parserErrors.filter((error) => CstUtils.isValidTokenRange(error.token) || 'previousToken' in error);
        const comment = unclosedCommentOf(parseResult);
        const consequences = new Set<Diagnostic>();
        added.forEach((diagnostic, index) => {
            const error = added.length === errors.length ? errors[index] : undefined;
            const message = error ? safely(() => this.syntaxMessages.parserMessage(error, language), textOf(diagnostic)) : textOf(diagnostic);
            recode(diagnostic, IssueCodes.Syntax, message);
            // An unclosed comment swallows the rest of the file: what the parser then misses at
            // the end (a closing '}') follows from it and is not reported a second time.
            if (comment && (!error || error.token.tokenType?.name === 'EOF' || !(error.token.startOffset < comment.offset))) {
                consequences.add(diagnostic);
            }
        });
        if (consequences.size > 0) {
            // In place and without spreading: `splice(0, n, ...kept)` overflows the stack beyond ~100,000 items.
            let kept = 0;
            for (const diagnostic of diagnostics) {
                if (!consequences.has(diagnostic)) {
                    diagnostics[kept++] = diagnostic;
                }
            }
            diagnostics.length = kept;
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const unresolved = document.references.filter((reference) => reference.error);
        diagnostics.slice(first).forEach((diagnostic, index) => {
            const info = unresolved[index]?.error?.info;
            const message = info ? safely(() => this.unresolvedMessage(info, messageLanguageOf(document)), textOf(diagnostic)) : textOf(diagnostic);
            recode(diagnostic, IssueCodes.UnresolvedReference, message);
        });
    }

    private unresolvedMessage(info: NonNullable<LangiumDocument['references'][number]['error']>['info'], language: LanguageCode | undefined): string {
        const name = quotedText(info.reference.$refText);
        const type = this.astReflection.getReferenceType(info);
        const journey = type === 'Touchpoint' ? AstUtils.getContainerOfType(info.container, isJourney) : undefined;
        return messageIn(language, IssueCodes.UnresolvedReference, { type, name, journey: journey?.name ? quotedText(journey.name) : undefined });
    }
}

function textOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function isCode(diagnostic: Diagnostic, code: string): boolean {
    return (diagnostic.data as { code?: unknown } | undefined)?.code === code;
}

function recode(diagnostic: Diagnostic, code: IssueCode, message: string): void {
    diagnostic.code = code;
    diagnostic.data = { ...(diagnostic.data as object | undefined), code };
    diagnostic.message = message;
}

/** A message is never worth a crash: fall back to Langium's own wording. */
function safely(build: () => string, fallback: string): string {
    try {
        return build();
    } catch {
        return fallback;
    }
}
