import {
    AstUtils,
    GrammarAST,
    isReference,
    type AstNode,
    type AstNodeDescription,
    type IndexManager,
    type LangiumDocument,
    type LexerResult,
    type ReferenceInfo,
    type Stream,
} from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { Channel, Dataset, isChannel, isDataset, isJourney, isMeasured, isTouchpoint, Measured, Persona, Team } from '../generated/ast.js';
import type { DatasetStore } from '../evidence/dataset-store.js';
import type { JourneyServices } from '../journey-module.js';
import { scaleOf } from '../model/build-model.js';
import { descriptionOf } from '../model/property-values.js';
import { isCriticalScore, isValidScale, normalizeScore } from '../model/score-scale.js';
import {
    canonicalSense,
    CHANNEL_TYPES,
    IMPROVEMENT_KINDS,
    IMPROVEMENT_STATUSES,
    JOURNEY_TYPES,
    SEGMENTS,
    SENSES,
} from '../model/vocabulary.js';
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import type { EditorLabels } from '../i18n/editor-labels.js';
import { catalogueOf } from '../i18n/languages.js';
import { messageLanguageOf } from '../validation/message-language.js';
import { fileLanguageOf } from '../i18n/file-language.js';
import { DEFAULT_LANGUAGE, keywordWordsFirstIn, valueIn, type LanguageCode, type ValueSet } from '../i18n/languages.js';
import type { SeveritySettings } from '../validation/severity-settings.js';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import { JOURNEY_SNIPPETS, type SnippetNames } from './journey-snippets.js';
import { LIST_KEYWORDS, SINGLE_VALUED_KEYWORDS } from '../validation/properties.js';

/** A value completion may offer where the grammar expects a `Word`. */
interface ValueProposal {
    value: string;
    detail: string;
    documentation: string;
}

type Token = LexerResult['tokens'][number];

/** The grammar rule whose text is an enumerated value (a sense, a channel type, a status, ...). */
const VALUE_RULE = 'Word';
/** The grammar rule of the numbers in `scale` and `score`. */
const NUMBER_RULE = 'SignedInt';

/** Scales journey teams commonly use; the first is the default. */
function commonScales(words: EditorLabels): ValueProposal[] {
    const { completion } = words;
    return [
        { value: '1..5', detail: completion.defaultScale, documentation: completion.scales['1..5'] },
        { value: '-2..2', detail: completion.scale, documentation: completion.scales['-2..2'] },
        { value: '0..10', detail: completion.scale, documentation: completion.scales['0..10'] },
    ];
}

/** A scale wider than this gets no list of scores (the numbers would only be noise). */
const MAX_LISTED_SCORES = 11;

/**
 * Whether `keyword` starts a property that takes one plain value in a `rule` block (the
 * validator's single-valued properties, less those whose one value is a list): its keyword is
 * not offered again where the block already has it (a second one would be `duplicate-property`).
 */
function isOneValueKeyword(rule: string, keyword: string): boolean {
    return (SINGLE_VALUED_KEYWORDS[rule]?.includes(keyword) ?? false) && !LIST_KEYWORDS.has(keyword);
}

/** How far back (in characters) completion looks for the keyword before a value. */
const TOKEN_WINDOW = 2000;

/** Lists of touchpoint names longer than this become a plain placeholder in snippets. */
const MAX_SNIPPET_CHOICES = 30;

/**
 * Completion for journeys: Langium's keywords and scoped references, plus the enumerated values
 * the grammar reads as plain words (Langium cannot know them), snippets, and documentation.
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    protected readonly indexManager: IndexManager;
    /** Both terminals of `Word` ask for the values of one context: lex it once. */
    private readonly tokensBeforeCache = new WeakMap<CompletionContext, Token[]>();

    protected readonly datasets: DatasetStore;
    private readonly settings: SeveritySettings;

    constructor(services: JourneyServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
        this.datasets = services.evidence.Datasets;
        this.settings = services.validation.SeveritySettings;
    }

    /** The governing journey.config.json's "language", read before each completion (the config is read asynchronously). */
    private settingLanguage: LanguageCode | undefined;
    /** The words of the language chosen for the document (details and documentation), set before each completion. */
    private words: EditorLabels = editorLabelsIn(DEFAULT_LANGUAGE);

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        this.settingLanguage = (await this.settings.configFor(document.uri))?.language;
        this.words = editorLabelsIn(messageLanguageOf(document) ?? this.settingLanguage);
        return super.getCompletion(document, params, cancelToken);
    }

    /** The language a completion writes in: the file's own (fileLanguageOf), else the project's, else English. */
    private languageOf(context: CompletionContext): LanguageCode {
        return fileLanguageOf(context.document.parseResult.value.$cstNode) ?? this.settingLanguage ?? DEFAULT_LANGUAGE;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        const rule = GrammarAST.isRuleCall(next.feature) ? AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name : undefined;
        if (rule === Measured.$type && next.property === Measured.column) {
            this.completeColumn(context, acceptor);
            return;
        }
        if (rule === VALUE_RULE || rule === NUMBER_RULE) {
            const proposals = rule === VALUE_RULE ? this.valuesAt(context) : this.numbersAt(context);
            for (const [index, proposal] of proposals.entries()) {
                acceptor(context, {
                    label: proposal.value,
                    kind: rule === VALUE_RULE ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
                    detail: proposal.detail,
                    documentation: proposal.documentation,
                    // Keeps the order of the vocabulary (canonical senses before their aliases).
                    sortText: `0${String(index).padStart(3, '0')}`,
                });
            }
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Inside (or in place of) the column string after `measured Dataset`: the dataset's column
     * names from its header, each replacing the whole string.
     */
    protected completeColumn(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const previous = this.tokensBefore(context).at(-1);
        const dataset = isMeasured(context.node) && context.node.dataset?.ref
            ? context.node.dataset.ref
            : this.datasetNamed(previous?.image);
        if (!dataset) {
            return;
        }
        const state = this.datasets.stateOf(dataset);
        if (state.status !== 'loaded') {
            return;
        }
        const inString = context.textDocument.getText().charAt(context.tokenOffset) === '"';
        const range = {
            start: context.textDocument.positionAt(inString ? context.tokenOffset : context.offset),
            end: context.textDocument.positionAt(inString ? context.tokenEndOffset : context.offset),
        };
        [...new Set(state.table.header.filter((name) => name !== ''))].forEach((name, index) => {
            const text = `"${name.replace(/["\\]/g, (character) => `\\${character}`)}"`;
            acceptor(context, {
                label: name,
                kind: CompletionItemKind.Field,
                detail: this.words.completion.columnOf(dataset.name),
                filterText: text,
                textEdit: { range, newText: text },
                sortText: `0${String(index).padStart(4, '0')}`,
            });
        });
    }

    private datasetNamed(name: string | undefined): Dataset | undefined {
        if (!name) {
            return undefined;
        }
        const description = this.indexManager.allElements(Dataset.$type).find((candidate) => candidate.name === name);
        const node = description?.node;
        return node && isDataset(node) ? node : undefined;
    }

    /** The values the `Word` at the cursor may take, found from the keyword that precedes it. */
    protected valuesAt(context: CompletionContext): ValueProposal[] {
        const tokens = this.tokensBefore(context);
        const previous = tokens.at(-1);
        if (!previous) {
            return [];
        }
        // Keyword tokens carry the English keyword's type whatever the file's language (`zintuigen` is `senses`).
        if (previous.tokenType.name === 'senses' || previous.image === ',') {
            const listed = this.sensesListedBefore(tokens);
            return listed ? this.senseProposals(listed, this.languageOf(context)) : [];
        }
        // The words of the file's language, each saying which value it is where it is not the English word;
        // details and documentation in the language chosen for the document.
        const language = this.languageOf(context);
        const { hover: { valueKinds }, descriptions } = this.words;
        const describe = (values: readonly string[], detail: string, set: Exclude<ValueSet, 'senses'>): ValueProposal[] =>
            values.map((value) => {
                const word = valueIn(language, set, value);
                const documentation = (descriptions[set] as Readonly<Record<string, string>>)[value];
                return { value: word, detail: word === value ? detail : `${detail} (${value})`, documentation };
            });
        switch (previous.tokenType.name) {
            case 'segment':
                return describe(SEGMENTS, valueKinds.segment, 'segments');
            case 'kind':
                return describe(IMPROVEMENT_KINDS, valueKinds.improvementKind, 'improvementKinds');
            case 'status':
                return describe(IMPROVEMENT_STATUSES, valueKinds.improvementStatus, 'improvementStatuses');
            case 'type':
                // `type` is a channel type inside a channel and the journey type inside a journey.
                if (AstUtils.getContainerOfType(context.node, isChannel)) {
                    return describe(CHANNEL_TYPES, valueKinds.channelType, 'channelTypes');
                }
                if (AstUtils.getContainerOfType(context.node, isJourney)) {
                    return describe(JOURNEY_TYPES, valueKinds.journeyType, 'journeyTypes');
                }
                return [];
            default:
                return [];
        }
    }

    /** After `scale`: common scales; after `score`: the scores of the journey's scale, critical ones marked. */
    protected numbersAt(context: CompletionContext): ValueProposal[] {
        const previous = this.tokensBefore(context).at(-1);
        if (previous?.tokenType.name === 'scale') {
            return commonScales(this.words);
        }
        const journey = AstUtils.getContainerOfType(context.node, isJourney);
        if (previous?.image !== 'score' || !journey) {
            return [];
        }
        const scale = scaleOf(journey);
        if (!isValidScale(scale) || scale.max - scale.min + 1 > MAX_LISTED_SCORES) {
            return [];
        }
        const proposals: ValueProposal[] = [];
        for (let score = scale.max; score >= scale.min; score--) {
            const critical = isCriticalScore(score, scale);
            proposals.push({
                value: String(score),
                detail: this.words.completion.scoreOn(scale, critical),
                documentation: critical ? this.words.completion.criticalScore : this.words.completion.drawnAs(normalizeScore(score, scale)),
            });
        }
        return proposals;
    }

    /**
     * The tokens of the lines just before the completed token: enough to see the keyword (or the
     * senses list) that decides the values, without lexing a large file on every request. The
     * window starts at a line start, and titles never span lines, so its tokens are the file's.
     */
    private tokensBefore(context: CompletionContext): Token[] {
        let tokens = this.tokensBeforeCache.get(context);
        if (!tokens) {
            const text = context.textDocument.getText();
            const windowStart = text.lastIndexOf('\n', Math.max(0, context.tokenOffset - TOKEN_WINDOW)) + 1;
            tokens = this.lexer.tokenize(text.substring(windowStart, context.tokenOffset)).tokens;
            this.tokensBeforeCache.set(context, tokens);
        }
        return tokens;
    }

    /**
     * Walks back over `senses a, b,` and returns the senses already listed, or undefined when the
     * tokens before the cursor are not a senses list.
     */
    private sensesListedBefore(tokens: Token[]): string[] | undefined {
        const listed: string[] = [];
        let index = tokens.length - 1;
        while (index >= 1 && tokens[index].image === ',' && this.isWordToken(tokens[index - 1])) {
            listed.push(tokens[index - 1].image);
            index -= 2;
        }
        return index >= 0 && tokens[index].tokenType.name === 'senses' ? listed : undefined;
    }

    private isWordToken(token: Token): boolean {
        return token.tokenType.name === 'ID' || token.tokenType.name === 'HYPHENATED_WORD';
    }

    /**
     * The senses in the file's language (`visueel` in a Dutch file), first words first, then the
     * everyday ones (`zicht`); senses already listed, in any language, are left out.
     */
    private senseProposals(listed: string[], language: LanguageCode): ValueProposal[] {
        const taken = new Set(listed.map(canonicalSense));
        const { completion, descriptions } = this.words;
        const open = SENSES.filter((sense) => !taken.has(sense));
        const words = catalogueOf(language).values.senses;
        const main = open.map((sense) => ({
            value: words[sense][0],
            detail: words[sense][0] === sense ? completion.sense : `${completion.sense} (${sense})`,
            documentation: descriptions.senses[sense],
        }));
        const everyday = open.flatMap((sense) => words[sense].slice(1).map((word) => ({
            value: word,
            detail: completion.senseAlias(words[sense][0]),
            documentation: completion.senseAliasDocumentation(words[sense][0], descriptions.senses[sense]),
        })));
        return [...main, ...everyday];
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        const documentation = this.words.descriptions.keywords[`${rule}.${keyword.value}`] ?? this.words.descriptions.keywords[keyword.value];
        // The words of the file's own language (its keywords decide, then the project's "language"):
        // offering every language's word for each keyword would double every list.
        const word = keywordWordsFirstIn(this.languageOf(context), keyword.value)[0];
        acceptor(context, {
            label: word,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: this.words.completion.keyword(word === keyword.value ? undefined : keyword.value),
            documentation,
            sortText: '1',
        });
        if (this.clientCapabilities?.completionItem?.snippetSupport === false) {
            return;
        }
        const snippets = JOURNEY_SNIPPETS.filter((snippet) => snippet.keyword === keyword.value && snippet.rule === rule);
        if (snippets.length === 0) {
            return;
        }
        const names = this.snippetNames(context);
        for (const snippet of snippets) {
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body(names),
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: keyword.value,
                sortText: '2',
            });
        }
    }

    private snippetNames(context: CompletionContext): SnippetNames {
        const namesOf = (type: string): string[] => [...new Set(this.indexManager.allElements(type).map((description) => description.name))].sort();
        const journey = AstUtils.getContainerOfType(context.node, isJourney);
        const touchpoints = journey
            ? AstUtils.streamAllContents(journey).filter(isTouchpoint).map((touchpoint) => touchpoint.name).filter((name) => !!name).toArray()
            : [];
        return {
            personas: namesOf(Persona.$type),
            channels: namesOf(Channel.$type),
            teams: namesOf(Team.$type),
            touchpoints: touchpoints.length <= MAX_SNIPPET_CHOICES ? touchpoints : [],
        };
    }

    /** Leaves out the keyword of a single-valued property the block already has. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) {
            return false;
        }
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        if (!rule || !isOneValueKeyword(rule, keyword.value)) {
            return true;
        }
        const block = this.enclosingOfType(context.node, rule);
        const property = propertyAfter(keyword);
        const written = block && property ? (block as unknown as Record<string, unknown>)[property] : undefined;
        if (!Array.isArray(written) || written.length === 0) {
            return true;
        }
        // The cursor is on that very keyword: completing it again is harmless.
        return context.textDocument.getText().substring(context.tokenOffset, context.tokenEndOffset) === keyword.value;
    }

    private enclosingOfType(node: AstNode | undefined, type: string): AstNode | undefined {
        return AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => candidate.$type === type);
    }

    /** A reference list (`persona A, B`, `next X, Y`) does not offer the names it already holds. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const listed = new Set<string>();
        const value = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
        if (Array.isArray(value)) {
            for (const reference of value) {
                const node = isReference(reference) ? reference.$refNode : undefined;
                // The reference being typed is not "already listed".
                if (node && !(node.offset <= context.offset && context.offset <= node.end)) {
                    listed.add(reference.$refText);
                }
            }
        }
        return listed.size > 0 ? candidates.filter((candidate) => !listed.has(candidate.name)) : candidates;
    }

    /** Shows a declaration's title next to its name, and its description as documentation. */
    protected override createReferenceCompletionItem(
        nodeDescription: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext,
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node as (AstNode & { title?: string; descriptions?: string[] }) | undefined;
        return {
            ...item,
            detail: node?.title ? `${nodeDescription.type}: ${node.title}` : nodeDescription.type,
            documentation: item.documentation ?? (node && descriptionOf(node)),
        };
    }
}

/** The property a keyword introduces: the assignment that follows it in the grammar (`'owner' owners+=...`). */
function propertyAfter(keyword: GrammarAST.Keyword): string | undefined {
    const group: AstNode | undefined = keyword.$container;
    const next = GrammarAST.isGroup(group) ? group.elements[group.elements.indexOf(keyword) + 1] : undefined;
    return GrammarAST.isAssignment(next) ? next.feature : undefined;
}
