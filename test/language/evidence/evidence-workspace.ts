/**
 * Test support: the real journey services on Langium's in-memory file system, so journeys and
 * their CSV files can be written, changed and deleted between builds.
 */
import { URI, type LangiumDocument } from 'langium';
import { VirtualFileSystemProvider, clearDocuments } from 'langium/test';
import type { Workspace } from '../../../language/generated/ast.js';
import { createJourneyServices } from '../../../language/journey-module.js';
import { buildWorkspaceModel } from '../../../language/model/build-model.js';
import type { WorkspaceModel } from '../../../language/model/journey-model.js';

export class EvidenceWorkspace {
    readonly files = new VirtualFileSystemProvider();
    readonly services = createJourneyServices({ fileSystemProvider: () => this.files });
    private documents: Record<string, LangiumDocument<Workspace>> = {};

    /** Writes the files (absolute path -> text) and builds every .journey file among them. */
    async build(tree: Record<string, string>): Promise<Record<string, LangiumDocument<Workspace>>> {
        await clearDocuments(this.services.shared);
        this.documents = {};
        for (const [filePath, text] of Object.entries(tree)) {
            this.files.insert(URI.file(filePath), text);
            if (filePath.endsWith('.journey')) {
                const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, URI.file(filePath));
                this.services.shared.workspace.LangiumDocuments.addDocument(document);
                this.documents[filePath] = document;
            }
        }
        await this.services.shared.workspace.DocumentBuilder.build(Object.values(this.documents), { validation: true });
        return this.documents;
    }

    /** Changes (or deletes, with undefined) files on the virtual disk as a watcher would report it, and rebuilds. */
    async change(tree: Record<string, string | undefined>): Promise<void> {
        const uris = Object.keys(tree).map((filePath) => URI.file(filePath));
        for (const [filePath, text] of Object.entries(tree)) {
            if (text === undefined) {
                this.files.delete(URI.file(filePath));
            } else {
                this.files.insert(URI.file(filePath), text);
            }
        }
        this.services.Journey.evidence.Datasets.noteChangedFiles(uris);
        await this.services.shared.workspace.DocumentBuilder.update([], []);
    }

    model(): WorkspaceModel {
        return buildWorkspaceModel(Object.values(this.documents).flatMap((document) => document.parseResult.value.elements), this.services.Journey.evidence.Datasets);
    }
}
