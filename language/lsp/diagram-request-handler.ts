/**
 * Answers the preview's `journey/diagram` request with the language's own generators, so the
 * extension never parses a journey or draws one itself. Cheap by design: it waits until the
 * document is validated, then builds the model of one journey (plus the shared declarations it
 * reads), never the whole workspace's journeys.
 */
import { DocumentState, GrammarUtils, ReadPriority, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { isJourney, type Journey, type TopLevel, type Workspace } from '../generated/ast.js';
import { generateChecklist } from '../generators/checklist.js';
import { generateJourneyMapView } from '../generators/html-journey-map.js';
import { generateMermaidFlow } from '../generators/mermaid-flow.js';
import { generateMermaidJourney } from '../generators/mermaid-journey.js';
import { buildWorkspaceModel, type Evidence } from '../model/build-model.js';
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import type { DiagramView } from '../diagram-views.js';
import type { LanguageCode } from '../i18n/languages.js';
import { messageLanguageOf } from '../validation/message-language.js';
import type { JourneyServices } from '../journey-module.js';
import {
    DiagramRequest, type DiagramError, type DiagramParams, type DiagramResult, type DiagramTouchpoint,
} from '../protocol.js';

const ERROR_SEVERITY = 1;

export function registerDiagramRequest(connection: Connection, shared: LangiumSharedCoreServices): void {
    connection.onRequest(DiagramRequest.type, (params, token) => answerDiagramRequest(shared, params, token));
}

export async function answerDiagramRequest(shared: LangiumSharedCoreServices, params: DiagramParams, token?: CancellationToken): Promise<DiagramResult> {
    const uri = URI.parse(params.uri);
    const workspace = shared.workspace;
    // As Langium's own request handlers do: the workspace is indexed, this document is validated.
    await workspace.WorkspaceManager.ready;
    await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    return workspace.WorkspaceLock.read(() => {
        const document = workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Workspace> | undefined;
        const evidence = document && shared.ServiceRegistry.hasServices(uri)
            ? (shared.ServiceRegistry.getServices(uri) as Partial<JourneyServices>).evidence?.Datasets
            : undefined;
        return document ? diagramOf(document, params, workspace.LangiumDocuments.all.toArray(), evidence) : { journeys: [], touchpoints: [] };
    }, ReadPriority.Immediate);
}

/**
 * The answer for one validated document; `documents` are every document of the workspace.
 * Never throws: the preview asks while the user types, so the text is often half-finished.
 */
export function diagramOf(document: LangiumDocument<Workspace>, params: DiagramParams, documents: readonly LangiumDocument[], evidence?: Evidence): DiagramResult {
    // A half-typed element (a `touchpoint` without a name) leaves holes in the AST: only named journeys count.
    const journeys = (document.parseResult.value.elements ?? []).filter(isJourney).filter((journey) => typeof journey.name === 'string');
    const result: DiagramResult = {
        journeys: journeys.map((journey) => ({ name: journey.name, title: journey.title ?? journey.name })),
        touchpoints: [],
    };
    const error = firstError(document);
    if (error) {
        result.error = error;
    }
    const chosen = journeys.find((journey) => journey.name === params.journey) ?? journeys[0];
    if (!chosen) {
        return result;
    }
    result.journey = chosen.name;
    result.touchpoints = touchpointsOf(chosen);
    if (hasSyntaxErrors(document)) {
        // The generators expect a whole AST: no text, so the preview keeps its last good drawing.
        return result;
    }
    try {
        const model = buildWorkspaceModel(sharedDeclarationsAnd(chosen, documents), evidence);
        const journeyModel = model.journeys[0];
        // The project's language, as the validator noted it for the document's messages.
        result.text = textOf(params.view, journeyModel, model, messageLanguageOf(document));
    } catch (failure) {
        // A defect in the model or a generator: the preview says so and keeps its drawing,
        // rather than the request failing with a stack trace in the client's log.
        const reason = failure instanceof Error ? failure.message : String(failure);
        result.error = error ?? { line: 0, message: `The ${params.view} view could not be made: ${reason}` };
    }
    return result;
}

function textOf(view: DiagramView, journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode | undefined): string {
    switch (view) {
        case 'map': return generateJourneyMapView(journey, workspace, language);
        case 'flow': return generateMermaidFlow(journey, workspace, language);
        case 'checklist': return generateChecklist(journey, workspace, { language });
        default: return generateMermaidJourney(journey, workspace, language);
    }
}

/** Lexer or parser errors: the AST may miss names and whole elements. */
function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** The chosen journey and every persona, channel, team and offering of the workspace, in URI order. */
function sharedDeclarationsAnd(journey: Journey, documents: readonly LangiumDocument[]): TopLevel[] {
    const shared = [...documents]
        .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()))
        .flatMap((candidate) => (candidate.parseResult.value as Workspace).elements ?? [])
        .filter((element) => !isJourney(element));
    return [journey, ...shared];
}

function touchpointsOf(journey: Journey): DiagramTouchpoint[] {
    const touchpoints = (journey.phases ?? []).flatMap((phase) => phase.touchpoints ?? []);
    return touchpoints.filter((touchpoint) => typeof touchpoint.name === 'string').map((touchpoint) => {
        const nameNode = touchpoint.$cstNode && GrammarUtils.findNodeForProperty(touchpoint.$cstNode, 'name');
        const start = (nameNode ?? touchpoint.$cstNode)?.range.start.line ?? 0;
        return { name: touchpoint.name, title: touchpoint.title ?? touchpoint.name, line: start + 1 };
    });
}

function firstError(document: LangiumDocument): DiagramError | undefined {
    const errors = (document.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === ERROR_SEVERITY);
    errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const first = errors[0];
    if (!first) {
        return firstSyntaxError(document);
    }
    const message = typeof first.message === 'string' ? first.message : first.message.value;
    return { line: first.range.start.line + 1, message };
}

/** Without diagnostics (not validated yet), the first lexer or parser error still has a line. */
function firstSyntaxError(document: LangiumDocument): DiagramError | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const lexer = lexerErrors[0];
    if (lexer) {
        return { line: lexer.line ?? 0, message: lexer.message };
    }
    const parser = parserErrors[0];
    if (parser) {
        const line = Number.isFinite(parser.token.startLine) ? parser.token.startLine! : 0;
        return { line, message: parser.message };
    }
    return undefined;
}
