/**
 * A ```journey fence in Markdown, made into what the page shows: the journey map or the
 * checklist as static HTML, the journey diagram or flowchart as Mermaid text, or the first
 * error with its line. Synchronous (markdown-it renders synchronously): the fence is parsed,
 * never built by the document builder, so it is checked for syntax and for names it uses that
 * nothing declares; `journey check` on the files does the full validation.
 *
 * The fence may use the personas, channels, teams and offerings of `declarations`: the texts
 * of the workspace's `.journey` files (the caller reads them; nothing here touches files).
 */
import { AstUtils, DocumentState, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { isJourney, type TopLevel, type Workspace } from '../generated/ast.js';
import { checklistHtml } from '../generators/checklist-html.js';
import { generateJourneyMapView } from '../generators/html-journey-map.js';
import { generateMermaidFlow } from '../generators/mermaid-flow.js';
import { generateMermaidJourney } from '../generators/mermaid-journey.js';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
import { buildWorkspaceModel } from '../model/build-model.js';
import { SyntaxMessages } from '../validation/syntax-messages.js';

export type FenceView = 'map' | 'diagram' | 'flow' | 'checklist';

export const FENCE_VIEWS: readonly FenceView[] = ['map', 'diagram', 'flow', 'checklist'];

export type FenceResult =
    | { kind: 'html'; view: 'map' | 'checklist'; html: string }
    | { kind: 'mermaid'; view: 'diagram' | 'flow'; text: string }
    | { kind: 'error'; line: number; message: string };

export interface FenceOptions {
    /** Texts of `.journey` files whose shared declarations the fence may use. */
    declarations?: readonly string[];
}

/** The reference types a fence's journey may take from the shared declarations, in the words of the messages. */
const SHARED_TYPES: Readonly<Record<string, string>> = { Persona: 'persona', Channel: 'channel', Team: 'team', Offering: 'offering' };

let services: JourneyServices | undefined;
let syntaxMessages: SyntaxMessages | undefined;
let documentCount = 0;
/** Parsed declaration files by text: a page with many fences parses the workspace's files once. */
const declarationCache = new Map<string, TopLevel[]>();

function journeyServices(): JourneyServices {
    services ??= createJourneyServices(EmptyFileSystem).Journey;
    return services;
}

function parse(text: string): LangiumDocument<Workspace> {
    documentCount += 1;
    const uri = URI.parse(`inmemory:///journey-fence-${documentCount}.journey`);
    const document = journeyServices().shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, uri);
    // Never linked: the model reads each reference's name as written (its target is not needed
    // here); saying the scopes are computed keeps Langium from warning about an early lookup.
    document.state = DocumentState.ComputedScopes;
    return document;
}

/** The view an info string asks for (`journey`, `journey map`, ...), or an error for a word that is no view. */
export function fenceViewOf(info: string): FenceView | { error: string } {
    const words = info.trim().split(/\s+/);
    const word = (words[1] ?? 'map').toLowerCase();
    return (FENCE_VIEWS as readonly string[]).includes(word)
        ? word as FenceView
        : { error: `Unknown view '${words[1]}' after journey: use map, diagram, flow or checklist.` };
}

/** Whether a fence's info string is a journey fence (its first word is `journey`). */
export function isJourneyFence(info: string): boolean {
    return info.trim().split(/\s+/)[0] === 'journey';
}

export function renderJourneyFence(source: string, view: FenceView, options: FenceOptions = {}): FenceResult {
    const document = parse(source);
    const syntax = firstSyntaxError(document, source);
    if (syntax) {
        return { kind: 'error', ...syntax };
    }
    const elements = document.parseResult.value.elements ?? [];
    const journey = elements.find(isJourney);
    if (!journey) {
        return { kind: 'error', line: 1, message: 'The fence holds no journey: write `journey Name "Title" { ... }`.' };
    }
    const shared = (options.declarations ?? []).flatMap(declarationsOf);
    const ownShared = elements.filter((element) => !isJourney(element));
    const unknown = firstUnknownName(journey, [...ownShared, ...shared]);
    if (unknown) {
        return { kind: 'error', ...unknown };
    }
    const model = buildWorkspaceModel([journey, ...ownShared, ...shared]);
    const journeyModel = model.journeys[0];
    switch (view) {
        case 'map': return { kind: 'html', view, html: generateJourneyMapView(journeyModel, model) };
        case 'checklist': return { kind: 'html', view, html: `<div class="jm-checklist">\n${checklistHtml(journeyModel, model)}\n</div>\n` };
        case 'flow': return { kind: 'mermaid', view, text: generateMermaidFlow(journeyModel, model) };
        default: return { kind: 'mermaid', view: 'diagram', text: generateMermaidJourney(journeyModel, model) };
    }
}

/** The shared declarations of one file (its journeys left out); a file with syntax errors gives what parsed. */
function declarationsOf(text: string): TopLevel[] {
    let found = declarationCache.get(text);
    if (!found) {
        found = (parse(text).parseResult.value.elements ?? []).filter((element) => !isJourney(element));
        if (declarationCache.size > 500) {
            declarationCache.clear();
        }
        declarationCache.set(text, found);
    }
    return found;
}

function firstSyntaxError(document: LangiumDocument, source: string): { line: number; message: string } | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const lexer = lexerErrors[0];
    if (lexer) {
        return { line: lexer.line ?? 1, message: lexer.message };
    }
    const parser = parserErrors[0];
    if (!parser) {
        return undefined;
    }
    syntaxMessages ??= new SyntaxMessages(journeyServices().Grammar);
    let message: string;
    try {
        message = syntaxMessages.parserMessage(parser);
    } catch {
        message = parser.message;
    }
    const line = Number.isFinite(parser.token.startLine) ? parser.token.startLine! : source.split('\n').length;
    return { line, message };
}

/** A persona, channel, team or offering the journey names that neither the fence nor the declarations declare. */
function firstUnknownName(journey: AstNode, declarations: readonly TopLevel[]): { line: number; message: string } | undefined {
    const reflection = journeyServices().shared.AstReflection;
    const declared = new Set(declarations.map((element) => `${element.$type}:${(element as { name?: string }).name}`));
    for (const node of AstUtils.streamAst(journey)) {
        for (const reference of AstUtils.streamReferences(node)) {
            const type = reflection.getReferenceType(reference);
            const word = SHARED_TYPES[type];
            const name = reference.reference.$refText;
            if (word && name && !declared.has(`${type}:${name}`)) {
                const line = (reference.reference.$refNode?.range.start.line ?? 0) + 1;
                return { line, message: `Unknown ${word} '${name}': declare it in the fence or in a .journey file of the workspace.` };
            }
        }
    }
    return undefined;
}
