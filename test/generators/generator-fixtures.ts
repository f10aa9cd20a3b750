/**
 * Shared by the generator tests: journeys in, the resolved model out, and golden files in
 * test/generators/golden/ (`UPDATE_GOLDEN=1` rewrites them instead of comparing).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { buildWorkspace, diagnosticsOf } from '../helpers/journey-workspace.js';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Workspace } from '../../language/generated/ast.js';
import type { DatasetStore } from '../../language/evidence/dataset-store.js';
import { JourneyNodeFileSystem } from '../../language/evidence/node-file-system.js';
import { createJourneyServices } from '../../language/journey-module.js';

export const goldenFolder = new URL('./golden/', import.meta.url);

/** The `.journey` fixtures in the golden folder whose names start with `prefix`. */
export function goldenFixtures(prefix: string): string[] {
    return readdirSync(goldenFolder).filter((file) => file.startsWith(prefix) && file.endsWith('.journey'));
}

/**
 * The workspace model of the given files, which must have no errors. With `onDisk` (a folder)
 * the files are documents of that folder on the real disk, so their datasets are read (the
 * examples' CSV files); otherwise they live in memory, without any dataset file.
 */
export async function workspaceModelOf(files: Record<string, string>, onDisk?: string): Promise<WorkspaceModel> {
    if (onDisk) {
        const { documents, evidence } = await buildOnDisk(files, onDisk);
        expectNoErrors(documents);
        return buildWorkspaceModel(Object.values(documents).flatMap((document) => document.parseResult.value.elements), evidence);
    }
    const documents = await buildWorkspace(files);
    expectNoErrors(documents);
    return buildWorkspaceModel(Object.values(documents).flatMap((document) => document.parseResult.value.elements));
}

function expectNoErrors(documents: Record<string, LangiumDocument>): void {
    for (const [name, document] of Object.entries(documents)) {
        expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error'), name).toEqual([]);
    }
}

/** Builds the files (relative names) as documents of `folder` on the real disk, datasets inside it. */
export async function buildOnDisk(files: Record<string, string>, folder: string): Promise<{ documents: Record<string, LangiumDocument<Workspace>>; evidence: DatasetStore }> {
    const services = createJourneyServices(JourneyNodeFileSystem);
    const documents: Record<string, LangiumDocument<Workspace>> = {};
    for (const [name, text] of Object.entries(files)) {
        const uri = URI.file(join(folder, name));
        services.Journey.evidence.Datasets.setRoot(uri, URI.file(folder));
        documents[name] = services.shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(documents[name]);
    }
    await services.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    return { documents, evidence: services.Journey.evidence.Datasets };
}

/** The workspace model of one fixture of the golden folder. */
export async function fixtureModel(fixture: string): Promise<WorkspaceModel> {
    return workspaceModelOf({ [fixture]: fixtureText(fixture) });
}

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(actual: string, goldenName: string): void {
    const file = fileURLToPath(new URL(goldenName, goldenFolder));
    if (process.env.UPDATE_GOLDEN === '1') {
        writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The only journey of the given text, which must have no errors, and its workspace. */
export async function onlyJourney(text: string): Promise<{ journey: JourneyModel; workspace: WorkspaceModel }> {
    const workspace = await workspaceModelOf({ 'test.journey': text });
    expect(workspace.journeys).toHaveLength(1);
    return { journey: workspace.journeys[0], workspace };
}

/** The text of a fixture of the golden folder. */
export function fixtureText(fixture: string): string {
    return readFileSync(new URL(fixture, goldenFolder), 'utf8');
}
