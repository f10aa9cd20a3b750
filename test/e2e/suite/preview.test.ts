/**
 * The live preview in the editor: it opens beside the journey, draws the active journey's
 * diagram with the bundled mermaid (the webview reports each render through the extension's
 * test API), follows the active editor and edits, keeps the last good drawing while the text
 * has an error, and exports what it shows.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { firstJourneyName, svgShows, touchpointsOfFirstJourney } from './journey-text.js';
import { journeyExtensionApi, type JourneyExtensionApi, type PreviewRenderState } from './journey-extension.js';
import { waitFor } from './wait-for.js';
import { replaceInDocument, showFile, workspaceFile, writeWorkspaceFile } from './workspace-files.js';

const MAIN_EXAMPLE = 'diy-store-saturday.journey';
const OTHER_EXAMPLE = 'home-insurance-claim.journey';

const EDITED_TITLE = 'Reads the e2e test\'s edited post';
const BROKEN_TOUCHPOINT = '        touchpoint E2eBroken "Broken on purpose" { channel NoSuchChannelE2e }\n';
/** What a user has typed so far: the keyword, no name yet. */
const HALF_TYPED_TOUCHPOINT = '        touchpoint\n';

const TWO_JOURNEYS_FILE = 'e2e-two-journeys.journey';
const TWO_JOURNEYS = [
    'journey E2eFirst "The first e2e journey" {',
    '    persona Sam',
    '    phase Only "Only phase" { touchpoint FirstOnly "Only in the first e2e journey" }',
    '}',
    'journey E2eSecond "The second e2e journey" {',
    '    persona Sam',
    '    phase Only "Only phase" { touchpoint SecondOnly "Only in the second e2e journey" }',
    '}',
    '',
].join('\n');

/** The SVG without its own id (each render gets a new one), to compare two drawings. */
function drawing(state: PreviewRenderState): string {
    const svg = state.svg ?? '';
    const id = /^<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1];
    return id ? svg.split(id).join('') : svg;
}

function isPreviewTab(tab: vscode.Tab): boolean {
    return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('journey.preview');
}

describe('the journey preview', () => {
    let api: JourneyExtensionApi;
    let main: vscode.TextDocument;
    /** The newest render seen so far: later waits ask for something newer. */
    let latest: PreviewRenderState | undefined;

    /** Waits for a render of `document`, newer than the last one seen, that satisfies `accept`. */
    async function renderOf(
        document: vscode.TextDocument,
        what: string,
        accept: (state: PreviewRenderState) => boolean,
    ): Promise<PreviewRenderState> {
        const after = latest?.renderedAt ?? 0;
        const state = await waitFor(
            `a preview render of ${document.uri.path.split('/').pop()} that ${what}`,
            () => {
                const last = api.preview.lastRender();
                return last && last.documentUri === document.uri.toString() && last.renderedAt > after && accept(last) ? last : undefined;
            },
            { lastSeen: () => api.preview.lastRender() },
        );
        latest = state;
        return state;
    }

    before(async () => {
        main = (await showFile(workspaceFile(MAIN_EXAMPLE))).document;
        api = await journeyExtensionApi();
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('opens beside the editor and draws the active journey with every touchpoint', async () => {
        await vscode.commands.executeCommand('journey.openPreviewToSide');
        // The journey map is the first view; the journey diagram is one click away.
        const map = await renderOf(main, 'drew the journey map', (candidate) => candidate.ok && candidate.view === 'map');
        assert.equal(map.journey, firstJourneyName(main.getText()));
        assert.equal(map.svg, undefined, 'the map is a page, not one drawing');
        assert.ok(api.preview.post({ type: 'selectView', view: 'journey' }));
        const state = await renderOf(main, 'drew the journey diagram', (candidate) => candidate.ok && candidate.view === 'journey');
        assert.equal(state.journey, firstJourneyName(main.getText()));
        assert.match(state.svg ?? '', /<svg[\s>]/);
        const touchpoints = touchpointsOfFirstJourney(main.getText());
        assert.ok(touchpoints.length > 3, 'the example has touchpoints');
        for (const { title } of touchpoints) {
            assert.ok(svgShows(state.svg!, title), `the diagram shows the touchpoint "${title}"`);
        }
        const previewGroups = vscode.window.tabGroups.all.filter((group) => group.tabs.some(isPreviewTab));
        assert.equal(previewGroups.length, 1, 'one preview tab');
        assert.notEqual(previewGroups[0].viewColumn, vscode.ViewColumn.One, 'the preview is beside the editor');
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), main.uri.toString(), 'the editor keeps the focus');
    });

    it('follows the active journey editor', async () => {
        const other = (await showFile(workspaceFile(OTHER_EXAMPLE))).document;
        const state = await renderOf(other, 'drew it', (candidate) => candidate.ok);
        assert.equal(state.journey, firstJourneyName(other.getText()));
        for (const { title } of touchpointsOfFirstJourney(other.getText())) {
            assert.ok(svgShows(state.svg!, title), `the diagram shows the touchpoint "${title}"`);
        }
        for (const { title } of touchpointsOfFirstJourney(main.getText())) {
            assert.ok(!svgShows(state.svg!, title), `the diagram no longer shows "${title}" of ${MAIN_EXAMPLE}`);
        }
        await showFile(main.uri);
        await renderOf(main, 'drew it again', (candidate) => candidate.ok);
    });

    it('redraws when the journey is edited', async () => {
        const [first] = touchpointsOfFirstJourney(main.getText());
        await replaceInDocument(main, `touchpoint ${first.name} "${first.writtenTitle}"`, `touchpoint ${first.name} "${EDITED_TITLE}"`);
        const state = await renderOf(main, `shows "${EDITED_TITLE}"`, (candidate) => candidate.ok && svgShows(candidate.svg ?? '', EDITED_TITLE));
        assert.ok(!svgShows(state.svg!, first.title), `the old title "${first.title}" is gone`);
    });

    it('keeps the last good drawing while the text has an error, and names the error\'s line', async () => {
        const [first] = touchpointsOfFirstJourney(main.getText());
        const errorLine = first.line + 1;
        const edit = new vscode.WorkspaceEdit();
        edit.insert(main.uri, new vscode.Position(first.line, 0), BROKEN_TOUCHPOINT);
        assert.ok(await vscode.workspace.applyEdit(edit));

        const broken = await renderOf(main, 'reports an error', (candidate) => !candidate.ok);
        assert.ok(broken.error, 'the render reports the error');
        assert.match(broken.error!, new RegExp(`\\b${errorLine}\\b`), `the error names line ${errorLine}`);
        assert.ok(broken.svg && svgShows(broken.svg, EDITED_TITLE), 'the last good drawing stays');
        assert.ok(!svgShows(broken.svg, 'Broken on purpose'), 'nothing of the broken text is drawn');

        await replaceInDocument(main, BROKEN_TOUCHPOINT, '');
        const fixed = await renderOf(main, 'draws again without error', (candidate) => candidate.ok);
        assert.ok(svgShows(fixed.svg ?? '', EDITED_TITLE));
        assert.ok(!svgShows(fixed.svg ?? '', 'Broken on purpose'));
        await main.save();
    });

    it('keeps the last good drawing while a touchpoint is half-typed, and names the syntax error\'s line', async () => {
        const [first] = touchpointsOfFirstJourney(main.getText());
        const edit = new vscode.WorkspaceEdit();
        edit.insert(main.uri, new vscode.Position(first.line, 0), HALF_TYPED_TOUCHPOINT);
        assert.ok(await vscode.workspace.applyEdit(edit));
        // The parser stops at the token after the bare keyword: the next line, 1-based.
        const errorLine = first.line + 2;

        const broken = await renderOf(main, 'reports the syntax error', (candidate) => !candidate.ok);
        assert.match(broken.error ?? '', new RegExp(`^Line ${errorLine}: `), `the error names line ${errorLine}, not an internal failure`);
        assert.match(broken.error!, /name/, 'the parser\'s message');
        assert.ok(broken.svg && svgShows(broken.svg, EDITED_TITLE), 'the last good drawing stays');

        await replaceInDocument(main, HALF_TYPED_TOUCHPOINT, '');
        const fixed = await renderOf(main, 'draws again without error', (candidate) => candidate.ok);
        assert.ok(svgShows(fixed.svg ?? '', EDITED_TITLE));
        await main.save();
    });

    it('exports the current view as SVG and as PNG next to the journey file', async () => {
        const folder = vscode.Uri.joinPath(main.uri, '..');
        const filesNow = async () => new Set((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name));
        const before = await filesNow();
        const newFile = (extension: string) => waitFor(`a new .${extension} file next to ${MAIN_EXAMPLE}`, async () => {
            return [...(await filesNow())].find((name) => name.endsWith(`.${extension}`) && !before.has(name));
        }, { lastSeen: () => [...before] });

        await vscode.commands.executeCommand('journey.exportPreviewSvg');
        const svgName = await newFile('svg');
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, svgName)));
        assert.match(svg, /<svg[\s>]/);
        assert.ok(svgShows(svg, EDITED_TITLE), 'the exported SVG is the drawing on screen');

        await vscode.commands.executeCommand('journey.exportPreviewPng');
        const pngName = await newFile('png');
        const png = await waitFor('a complete PNG file', async () => {
            const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, pngName));
            return bytes.length > 1000 ? bytes : undefined;
        });
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    });

    it('redraws in the new colours when the colour theme changes', async () => {
        const light = api.preview.lastRender()!;
        // Workspace settings: they live in the throwaway copy, never in the user's settings.
        const settings = vscode.workspace.getConfiguration('workbench');
        await settings.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Workspace);
        try {
            const dark = await renderOf(main, 'is drawn again in other colours', (candidate) => candidate.ok && drawing(candidate) !== drawing(light));
            assert.ok(svgShows(dark.svg!, EDITED_TITLE), 'the same journey, redrawn');
        } finally {
            await settings.update('colorTheme', undefined, vscode.ConfigurationTarget.Workspace);
        }
        await renderOf(main, 'is drawn in the light colours again', (candidate) => candidate.ok && drawing(candidate) === drawing(light));
    });

    it('"Journey: Open Preview" opens the preview in the editor\'s own group', async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await showFile(main.uri);
        await vscode.commands.executeCommand('journey.openPreview');
        // A new preview opens on the journey map; the checks below read the journey diagram's SVG.
        assert.ok(api.preview.post({ type: 'selectView', view: 'journey' }));
        await renderOf(main, 'drew the journey diagram', (candidate) => candidate.ok && svgShows(candidate.svg ?? '', EDITED_TITLE));
        const previewGroups = vscode.window.tabGroups.all.filter((group) => group.tabs.some(isPreviewTab));
        assert.equal(previewGroups.length, 1, 'one preview tab');
        assert.equal(previewGroups[0].viewColumn, vscode.ViewColumn.One, 'the preview opens where the editor is');
    });

    describe('what the reader does in the preview (messages as its webview posts them, through the same checks)', () => {
        before(async () => {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            await showFile(main.uri);
            await vscode.commands.executeCommand('journey.openPreviewToSide');
            await renderOf(main, 'drew the journey map beside the editor', (candidate) => candidate.ok && candidate.view === 'map');
            assert.ok(api.preview.post({ type: 'selectView', view: 'journey' }));
            await renderOf(main, 'drew the journey diagram beside the editor', (candidate) => candidate.ok && candidate.view === 'journey');
        });

        it('switches to the flowchart and the checklist, and back, when the reader picks a view', async () => {
            assert.equal(api.preview.post({ type: 'selectView', view: 'gantt' }), true, 'a preview is open');
            assert.ok(api.preview.post({ type: 'selectView', view: 'flow' }));
            const flow = await renderOf(main, 'drew the flowchart', (candidate) => candidate.view === 'flow');
            assert.ok(flow.ok, flow.error);
            assert.match(flow.svg ?? '', /flowchart/, 'a mermaid flowchart');
            assert.ok(svgShows(flow.svg!, EDITED_TITLE));

            assert.ok(api.preview.post({ type: 'selectView', view: 'checklist' }));
            const checklist = await renderOf(main, 'showed the checklist', (candidate) => candidate.view === 'checklist');
            assert.ok(checklist.ok, checklist.error);
            assert.equal(checklist.svg, undefined, 'the checklist is no drawing');

            assert.ok(api.preview.post({ type: 'selectView', view: 'journey' }));
            const journey = await renderOf(main, 'drew the journey diagram again', (candidate) => candidate.view === 'journey');
            assert.ok(journey.ok && svgShows(journey.svg ?? '', EDITED_TITLE));
        });

        it('draws the journey the reader picks in a file with several', async () => {
            const document = (await showFile(await writeWorkspaceFile(TWO_JOURNEYS_FILE, TWO_JOURNEYS))).document;
            const first = await renderOf(document, 'drew its first journey', (candidate) => candidate.ok && candidate.journey === 'E2eFirst');
            assert.ok(svgShows(first.svg ?? '', 'Only in the first e2e journey'));

            // A journey the file does not hold is ignored; the one it holds is drawn.
            assert.ok(api.preview.post({ type: 'selectJourney', journey: 'NoSuchJourney' }));
            assert.ok(api.preview.post({ type: 'selectJourney', journey: 'E2eSecond' }));
            const second = await renderOf(document, 'drew the second journey', (candidate) => candidate.journey !== 'E2eFirst');
            assert.equal(second.journey, 'E2eSecond');
            assert.ok(second.ok, second.error);
            assert.ok(svgShows(second.svg ?? '', 'Only in the second e2e journey'));
            assert.ok(!svgShows(second.svg ?? '', 'Only in the first e2e journey'));
        });

        it('puts the cursor on a touchpoint the reader clicks', async () => {
            await showFile(main.uri);
            await renderOf(main, 'drew it', (candidate) => candidate.ok);
            const touchpoint = touchpointsOfFirstJourney(main.getText())[3];
            // The cursor starts elsewhere.
            const editor = vscode.window.activeTextEditor!;
            editor.selection = new vscode.Selection(0, 0, 0, 0);

            // About another document: ignored.
            assert.ok(api.preview.post({ type: 'revealTouchpoint', documentUri: workspaceFile(TWO_JOURNEYS_FILE).toString(), touchpoint: touchpoint.name }));
            assert.ok(api.preview.post({ type: 'revealTouchpoint', documentUri: main.uri.toString(), touchpoint: touchpoint.name }));
            await waitFor(`the cursor on line ${touchpoint.line + 1}, touchpoint ${touchpoint.name}`, () => {
                const active = vscode.window.activeTextEditor;
                return active?.document.uri.toString() === main.uri.toString() && active.selection.active.line === touchpoint.line ? true : undefined;
            }, { lastSeen: () => vscode.window.activeTextEditor?.selection.active });
            assert.match(vscode.window.activeTextEditor!.document.lineAt(touchpoint.line).text, new RegExp(`touchpoint\\s+${touchpoint.name}\\b`));
        });
    });
});
