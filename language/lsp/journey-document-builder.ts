import { DefaultDocumentBuilder, DocumentState, isOperationCancelled, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Langium's document builder, except that a document which reached `Validated` always has its
 * listeners told, even when the build was cancelled in that instant. Langium checks for
 * cancellation before each document-phase listener and swallows it, so a change that arrived
 * between a document's validation and its publication left it validated but unpublished: the
 * next build skipped it, and the editor kept the problems of an older text (found by the
 * fuzzer; see docs/fuzzing.md). The diagnostics sent then are those of the text that was
 * validated, which the next build replaces if that text has changed since.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (state !== DocumentState.Validated) {
            return super.notifyDocumentPhase(document, state, cancelToken);
        }
        for (const listener of this.documentPhaseListeners.get(state).slice()) {
            try {
                await listener(document, cancelToken);
            } catch (error) {
                // As Langium does: a listener that noticed the cancellation does not stop the others.
                if (!isOperationCancelled(error)) {
                    throw error;
                }
            }
        }
    }
}
