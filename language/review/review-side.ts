/**
 * One side of a review from its built documents: the resolved model, the diagnostics the
 * review follows (located by names, so they compare across revisions whatever moved in the
 * text), and which journeys have errors and so cannot be compared.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { isJourney, isKpi, isTouchpoint, type Journey, type Workspace } from '../generated/ast.js';
import { buildWorkspaceModel } from '../model/build-model.js';
import { IssueCodes } from '../validation/issue-codes.js';
import type { ReviewFinding, ReviewSide } from './review-model.js';
import { REVIEWED_CODES } from './reviewed-codes.js';

/** Errors that may have cut a declaration short: the parser could not read the file, or not all of it. */
const UNREADABLE_CODES: ReadonlySet<string> = new Set([IssueCodes.Syntax, IssueCodes.NotText]);

export function reviewSideOf(documents: readonly LangiumDocument<Workspace>[]): ReviewSide {
    const model = buildWorkspaceModel(documents.flatMap((document) => document.parseResult.value.elements ?? []));
    const findings: ReviewFinding[] = [];
    const brokenJourneys = new Set<string>();
    let brokenWorkspace = false;
    let incomplete = false;
    for (const document of documents) {
        const journeys = (document.parseResult.value.elements ?? []).filter(isJourney);
        for (const diagnostic of document.diagnostics ?? []) {
            const code = String(diagnostic.code ?? '');
            const node = nodeAt(document, diagnostic);
            const journey = node && AstUtils.getContainerOfType(node, isJourney);
            if ((diagnostic.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error) {
                if (journey) {
                    brokenJourneys.add(journey.name ?? '');
                } else {
                    // A persona, channel, ... or text between declarations: what depends on it is unsure.
                    brokenWorkspace = true;
                    if (UNREADABLE_CODES.has(code)) {
                        incomplete = true;
                        journeys.forEach((candidate) => brokenJourneys.add(candidate.name ?? ''));
                    }
                }
                continue;
            }
            if (journey && REVIEWED_CODES.includes(code)) {
                const path = pathOf(node!, journey);
                if (path) {
                    findings.push({ code, journey: journey.name ?? '', path, message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value });
                }
            }
        }
    }
    return { model, findings, brokenJourneys, brokenWorkspace, incomplete };
}

/** The innermost node at the start of the diagnostic's range. */
function nodeAt(document: LangiumDocument<Workspace>, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
}

/** `[phase, touchpoint]` or `[kpi]` within the journey; undefined for anything else. */
function pathOf(node: AstNode, journey: Journey): string[] | undefined {
    const touchpoint = AstUtils.getContainerOfType(node, isTouchpoint);
    if (touchpoint) {
        return [touchpoint.$container.name ?? '', touchpoint.name ?? ''];
    }
    const kpi = AstUtils.getContainerOfType(node, isKpi);
    if (kpi && kpi.$container === journey) {
        return [kpi.name ?? ''];
    }
    return undefined;
}
