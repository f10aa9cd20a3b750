/**
 * Test support: the real journey services on an in-memory file system, built once per test
 * file, and a way to load several documents as one workspace.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import type { Workspace } from '../../language/generated/ast.js';
import { createJourneyServices } from '../../language/journey-module.js';

export const services = createJourneyServices(EmptyFileSystem);
export const journeyServices = services.Journey;

export type JourneyDocument = LangiumDocument<Workspace>;

/**
 * Loads the given files (name -> text) as one workspace, builds and validates them, and
 * returns the documents by file name. Documents of earlier calls are removed first.
 */
export async function buildWorkspace(files: Record<string, string>): Promise<Record<string, JourneyDocument>> {
    await clearDocuments(services.shared);
    const documents: Record<string, JourneyDocument> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, URI.file(`/workspace/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await services.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    return documents;
}

/** Builds one file and returns it. */
export async function buildDocument(text: string, name = 'test.journey'): Promise<JourneyDocument> {
    return (await buildWorkspace({ [name]: text }))[name];
}

/** A diagnostic in the form tests compare: code, severity and 1-based position. */
export interface DiagnosticSummary {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
}

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

export function summarize(diagnostic: Diagnostic): DiagnosticSummary {
    return {
        code: String(diagnostic.code ?? diagnostic.data?.code ?? ''),
        severity: severities[(diagnostic.severity ?? 1) as 1 | 2 | 3 | 4],
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    };
}

export function diagnosticsOf(document: LangiumDocument): DiagnosticSummary[] {
    return (document.diagnostics ?? []).map(summarize);
}
