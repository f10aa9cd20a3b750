/**
 * Quick fixes, keyed on the diagnostics' stable codes (validation/issue-codes.ts). The
 * client sends back the diagnostics it shows; each fix family (lsp/quick-fixes/) checks that
 * the text still says what the diagnostic says before it offers an edit, so a stale
 * diagnostic gets no fix rather than a wrong one. Every fix writes text in the canonical
 * layout (lsp/canonical-layout.ts).
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { Workspace } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { criticalTouchpointFixes } from './quick-fixes/critical-touchpoint-fixes.js';
import { duplicatePropertyFixes } from './quick-fixes/duplicate-property-fixes.js';
import type { QuickFixes } from './quick-fixes/quick-fix.js';
import { unaddressedPainFixes } from './quick-fixes/unaddressed-pain-fixes.js';
import { unknownValueFixes } from './quick-fixes/unknown-value-fixes.js';
import { unresolvedReferenceFixes } from './quick-fixes/unresolved-reference-fixes.js';
import { unknownColumnFixes } from './quick-fixes/unknown-column-fixes.js';
import { translateKeywordActions } from './translate-keywords-action.js';

const FIXES: Readonly<Record<string, QuickFixes>> = {
    [IssueCodes.UnresolvedReference]: unresolvedReferenceFixes,
    [IssueCodes.CriticalTouchpoint]: criticalTouchpointFixes,
    [IssueCodes.UnaddressedPain]: unaddressedPainFixes,
    [IssueCodes.UnknownValue]: unknownValueFixes,
    [IssueCodes.DuplicateProperty]: duplicatePropertyFixes,
    [IssueCodes.UnknownColumn]: unknownColumnFixes,
};

export class JourneyCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: JourneyServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const only = params.context.only;
        const wants = (kind: string) => !only || only.some((wanted) => wanted === '' || kind === wanted || kind.startsWith(`${wanted}.`));
        const fixes = wants(CodeActionKind.QuickFix)
            ? (params.context.diagnostics ?? []).flatMap((diagnostic) => this.fixesFor(document as LangiumDocument<Workspace>, diagnostic))
            : [];
        // Translating is offered where it is asked for (the Refactor menu) or where no fix is (a light bulb on a clean line).
        const translate = only ? wants(CodeActionKind.RefactorRewrite) : (params.context.diagnostics ?? []).length === 0;
        return translate ? [...fixes, ...translateKeywordActions(document as LangiumDocument<Workspace>)] : fixes;
    }

    private fixesFor(document: LangiumDocument<Workspace>, diagnostic: Diagnostic): CodeAction[] {
        const code = codeOf(diagnostic);
        const fixes = code === undefined ? undefined : FIXES[code];
        if (!fixes) {
            return [];
        }
        try {
            return fixes({ document, diagnostic, services: this.services });
        } catch {
            // A fix is never worth a failed request: the other diagnostics still get theirs.
            return [];
        }
    }
}

function codeOf(diagnostic: Diagnostic): string | undefined {
    const fromData = (diagnostic.data as { code?: unknown } | undefined)?.code;
    const code = typeof fromData === 'string' ? fromData : diagnostic.code;
    return typeof code === 'string' ? code : undefined;
}
