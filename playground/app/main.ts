/**
 * The playground page: tabs of files with a CodeMirror editor each, the language server in a
 * Web Worker (playground/worker/language-worker.ts) behind @codemirror/lsp-client, the
 * problems list, the views, the examples menu and the address that carries the files.
 */
import { LSPClient, LSPPlugin, formatDocument, languageServerExtensions, renameSymbol } from '@codemirror/lsp-client';
import { Compartment, EditorSelection, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { oneDark } from '@codemirror/theme-one-dark';
import { basicSetup } from 'codemirror';
import DOMPurify from 'dompurify';
import type { CodeAction, CodeActionParams, Command, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DIAGRAM_VIEWS } from '../../language/diagram-views.js';
import { JOURNEY_MAP_CSS } from '../../language/generators/html-journey-map-style.js';
import type { DiagramParams, DiagramResult } from '../../language/protocol.js';
import { WORKSPACE_ROOT, WRITE_FILES_METHOD, type PlaygroundInitializationOptions, type WriteFilesParams } from '../worker/playground-protocol.js';
import { download } from './downloads.js';
import { goToDefinition } from './go-to-definition.js';
import { DEFAULT_EXAMPLE, EXAMPLES } from './examples.js';
import { journeyLanguage } from './journey-language.js';
import { PlaygroundWorkspace } from './playground-workspace.js';
import { ProblemsList, editActions } from './problems-list.js';
import { decodeState, encodeState, isFilePath, type PlaygroundFile, type SharedState } from './share-state.js';
import { EARLY_WORKER } from './start-worker-name.js';
import { loadMermaid, ViewPanel, type Theme } from './views.js';
import { applyWorkspaceEdit } from './workspace-edit.js';
import { workerTransport } from './worker-transport.js';
import './playground.css';

const VIEW_LABELS: Record<string, string> = { map: 'Journey map', journey: 'Mermaid journey', flow: 'Flowchart', checklist: 'Checklist' };
/** The map first when the language offers it. */
const VIEWS: string[] = [...DIAGRAM_VIEWS].sort((a: string, b: string) => Number(b === 'map') - Number(a === 'map'));
const REDRAW_DELAY = 150;

interface Tab {
    path: string;
    view: EditorView;
}

const byId = (id: string) => document.getElementById(id)!;
const tabBar = byId('tabs');
const editorHost = byId('editors');
const journeySelect = byId('journey-select') as HTMLSelectElement;
const panel = new ViewPanel(byId('diagram'), byId('banner'));

const initial: SharedState = decodeState(location.hash) ?? { files: DEFAULT_EXAMPLE.files, active: DEFAULT_EXAMPLE.files[0]?.path };
let theme: Theme = localStorage.getItem('journey-playground-theme') === 'dark' || (localStorage.getItem('journey-playground-theme') === null && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
let currentView = VIEWS.includes(initial.view ?? '') ? initial.view! : VIEWS[0];
let tabs: Tab[] = [];
let activePath: string | undefined;
/** The journey file the views show: the open tab when it is one, else the last one shown. */
let shownPath: string | undefined;
const chosenJourney = new Map<string, string>();
const themeCompartment = new Compartment();

const uriOf = (path: string) => new URL(path, WORKSPACE_ROOT).href;
const pathOf = (uri: string) => tabs.find((tab) => uriOf(tab.path) === uri)?.path;
const isJourneyFile = (path: string) => path.endsWith('.journey');

const problems = new ProblemsList(byId('problems'), byId('problems-summary'), {
    jump: (problem) => reveal(problem.path, problem.diagnostic),
    fixes: (problem) => fixesFor(problem.uri, problem.diagnostic),
    apply: (action) => action.edit && applyWorkspaceEdit(action.edit, (uri) => tabs.find((tab) => uriOf(tab.path) === uri)?.view),
});

// Started by start-worker.js (see there); the module starts it itself when that did not run.
const worker = (window as unknown as Record<string, Worker | undefined>)[EARLY_WORKER] ?? new Worker(new URL('./language-worker.js', import.meta.url));
const client = new LSPClient({
    rootUri: WORKSPACE_ROOT,
    initializationOptions: { files: Object.fromEntries(initial.files.filter((file) => !isJourneyFile(file.path)).map((file) => [file.path, file.text])) } satisfies PlaygroundInitializationOptions,
    // The first build of a big workspace on a slow machine takes longer than the default 3 s.
    timeout: 30_000,
    workspace: (lspClient) => new PlaygroundWorkspace(lspClient, displayUri),
    // Hover and completion documentation are Markdown from the server: sanitized before shown.
    sanitizeHTML: (html) => DOMPurify.sanitize(html),
    notificationHandlers: {
        'textDocument/publishDiagnostics': (_client, params: PublishDiagnosticsParams) => {
            problems.set(params.uri, pathOf(params.uri), params.diagnostics);
            problems.render(activePath);
            scheduleRedraw();
            // Not handled here: the client's own handler puts the squiggles into the editor.
            return false;
        },
        'window/logMessage': () => true,
    },
    extensions: languageServerExtensions(),
}).connect(workerTransport(worker));

/** Brings the tab of `uri` to the front (go to definition into another file). */
function displayUri(uri: string): EditorView | null {
    const path = pathOf(uri);
    if (path === undefined) {
        return null;
    }
    activate(path);
    return tabs.find((tab) => tab.path === path)!.view;
}

function editorExtensions(path: string): Extension[] {
    const common = [
        basicSetup,
        themeCompartment.of(theme === 'dark' ? oneDark : []),
        EditorView.updateListener.of((update) => {
            if (update.docChanged) {
                changed(path);
            }
        }),
        EditorView.contentAttributes.of({ 'aria-label': `Text of ${path}` }),
    ];
    if (!isJourneyFile(path)) {
        return common;
    }
    const keys = keymap.of([
        { key: 'Mod-.', run: (view) => {
            void quickFixAtCursor(view);
            return true;
        } },
        { key: 'F12', run: (view) => goToDefinition(view, displayUri), preventDefault: true },
    ]);
    return [...common, journeyLanguage, client.plugin(uriOf(path), 'journey'), Prec.high(keys)];
}

function addTab(file: PlaygroundFile, activateIt = false): void {
    const view = new EditorView({ doc: file.text, extensions: editorExtensions(file.path), parent: editorHost });
    view.dom.dataset.path = file.path;
    tabs.push({ path: file.path, view });
    if (activateIt || activePath === undefined) {
        activate(file.path);
    } else {
        view.dom.hidden = true;
        renderTabs();
    }
}

function activate(path: string): void {
    activePath = path;
    for (const tab of tabs) {
        tab.view.dom.hidden = tab.path !== path;
    }
    if (isJourneyFile(path)) {
        shownPath = path;
    }
    renderTabs();
    problems.render(activePath);
    tabs.find((tab) => tab.path === path)?.view.requestMeasure();
    scheduleRedraw(true);
    saveState();
}

function renderTabs(): void {
    const items = tabs.map((tab) => {
        const item = document.createElement('div');
        item.className = 'tab';
        item.setAttribute('role', 'tab');
        item.setAttribute('aria-selected', String(tab.path === activePath));
        item.dataset.path = tab.path;
        const label = document.createElement('button');
        label.type = 'button';
        label.className = 'tab-label';
        label.textContent = tab.path;
        label.title = 'Double-click to rename';
        label.addEventListener('click', () => activate(tab.path));
        label.addEventListener('dblclick', () => startRename(item, tab));
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'tab-close';
        close.textContent = '×';
        close.setAttribute('aria-label', `Delete ${tab.path}`);
        close.addEventListener('click', () => deleteTab(tab.path));
        item.append(label, close);
        return item;
    });
    tabBar.replaceChildren(...items);
}

function startRename(item: HTMLElement, tab: Tab): void {
    const input = document.createElement('input');
    input.className = 'tab-rename';
    input.value = tab.path;
    input.setAttribute('aria-label', `New name of ${tab.path}`);
    let done = false;
    const finish = (accept: boolean) => {
        if (done) {
            return;
        }
        done = true;
        const name = input.value.trim();
        if (accept && name !== tab.path) {
            if (!isFilePath(name) || tabs.some((other) => other.path === name)) {
                showNotice(`'${name}' is not a free file name: use a relative path ending in .journey, .csv or .json.`);
            } else {
                renameTab(tab.path, name);
                return;
            }
        }
        renderTabs();
    };
    input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
            finish(true);
        } else if (event.key === 'Escape') {
            finish(false);
        }
    });
    input.addEventListener('blur', () => finish(true));
    item.replaceChildren(input);
    input.focus();
    input.select();
}

function renameTab(from: string, to: string): void {
    const tab = tabs.find((candidate) => candidate.path === from);
    if (!tab) {
        return;
    }
    const text = tab.view.state.doc.toString();
    const index = tabs.indexOf(tab);
    removeTab(from);
    const view = new EditorView({ doc: text, extensions: editorExtensions(to), parent: editorHost });
    view.dom.dataset.path = to;
    tabs.splice(index, 0, { path: to, view });
    if (!isJourneyFile(to)) {
        writeFiles({ [to]: text });
    }
    activate(to);
}

function removeTab(path: string): void {
    const tab = tabs.find((candidate) => candidate.path === path);
    if (!tab) {
        return;
    }
    tabs = tabs.filter((candidate) => candidate !== tab);
    // Destroying the editor closes the document in the server (PlaygroundWorkspace.closeFile);
    // closed is not gone in LSP (the file would be on disk), so the server also hears it is deleted.
    tab.view.destroy();
    problems.forget(uriOf(path));
    writeFiles({ [path]: null });
    if (shownPath === path) {
        shownPath = undefined;
    }
}

function deleteTab(path: string): void {
    removeTab(path);
    const next = tabs[0]?.path;
    if (activePath === path) {
        activePath = undefined;
        if (next) {
            activate(next);
            return;
        }
    }
    renderTabs();
    problems.render(activePath);
    scheduleRedraw(true);
    saveState();
}

function newFileName(): string {
    for (let n = 1; ; n++) {
        const name = `journey-${n}.journey`;
        if (!tabs.some((tab) => tab.path === name)) {
            return name;
        }
    }
}

function replaceFiles(files: readonly PlaygroundFile[], active?: string): void {
    for (const tab of [...tabs]) {
        removeTab(tab.path);
    }
    activePath = undefined;
    shownPath = undefined;
    writeFiles(Object.fromEntries(files.filter((file) => !isJourneyFile(file.path)).map((file) => [file.path, file.text])));
    for (const file of files) {
        addTab(file, file.path === active);
    }
    if (tabs.length === 0) {
        renderTabs();
        scheduleRedraw(true);
    }
}

/** Non-journey files (datasets, journey.config.json) live in the worker's file system. */
function writeFiles(files: WriteFilesParams['files']): void {
    if (Object.keys(files).length > 0) {
        client.notification<WriteFilesParams>(WRITE_FILES_METHOD, { files });
    }
}

const pendingWrites = new Map<string, number>();

function changed(path: string): void {
    if (!isJourneyFile(path)) {
        clearTimeout(pendingWrites.get(path));
        pendingWrites.set(path, window.setTimeout(() => {
            const tab = tabs.find((candidate) => candidate.path === path);
            if (tab) {
                writeFiles({ [path]: tab.view.state.doc.toString() });
            }
        }, REDRAW_DELAY));
    }
    scheduleRedraw();
    saveStateSoon();
}

let redrawTimer: number | undefined;
let redrawing: Promise<void> = Promise.resolve();

/** First drawing at once, then after typing pauses. */
function scheduleRedraw(now = false): void {
    clearTimeout(redrawTimer);
    redrawTimer = window.setTimeout(() => {
        redrawing = redrawing.then(redraw, redraw);
    }, now ? 0 : REDRAW_DELAY);
}

async function redraw(): Promise<void> {
    const path = shownPath ?? tabs.find((tab) => isJourneyFile(tab.path))?.path;
    const title = byId('shown-file');
    title.textContent = path ?? '';
    if (!path) {
        await panel.show({ journeys: [], touchpoints: [] }, 'The workspace', currentView, theme);
        return;
    }
    client.sync();
    let result: DiagramResult;
    try {
        const params: DiagramParams = { uri: uriOf(path), view: currentView as DiagramParams['view'], journey: chosenJourney.get(path) };
        result = await client.request<DiagramParams, DiagramResult>('journey/diagram', params);
    } catch {
        // The worker is still starting or the request was overtaken by a newer text.
        return;
    }
    updateJourneyPicker(path, result);
    await panel.show(result, path, currentView, theme);
}

function updateJourneyPicker(path: string, result: DiagramResult): void {
    const picker = byId('journey-picker');
    picker.hidden = result.journeys.length < 2;
    journeySelect.replaceChildren(...result.journeys.map((journey) => {
        const option = document.createElement('option');
        option.value = journey.name;
        option.textContent = journey.title;
        option.selected = journey.name === result.journey;
        return option;
    }));
    journeySelect.dataset.path = path;
}

function renderViewButtons(): void {
    const host = byId('views');
    host.replaceChildren(...VIEWS.map((view) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.view = view;
        button.textContent = VIEW_LABELS[view] ?? view;
        button.setAttribute('aria-pressed', String(view === currentView));
        button.addEventListener('click', () => {
            currentView = view;
            renderViewButtons();
            scheduleRedraw(true);
            saveState();
        });
        return button;
    }));
}

function reveal(path: string, diagnostic: Diagnostic): void {
    activate(path);
    const view = tabs.find((tab) => tab.path === path)?.view;
    const plugin = view && LSPPlugin.get(view);
    if (!view) {
        return;
    }
    const from = plugin ? plugin.fromPosition(diagnostic.range.start, view.state.doc) : 0;
    view.dispatch({ selection: EditorSelection.cursor(Math.min(from, view.state.doc.length)), scrollIntoView: true });
    view.focus();
}

async function fixesFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    client.sync();
    const answer = await client.request<CodeActionParams, (CodeAction | Command)[] | null>('textDocument/codeAction', {
        textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    return editActions(answer);
}

/** Ctrl-. : the first quick fix of the problem under the cursor. */
async function quickFixAtCursor(view: EditorView): Promise<void> {
    const plugin = LSPPlugin.get(view);
    if (!plugin) {
        return;
    }
    const position = plugin.toPosition(view.state.selection.main.head);
    client.sync();
    const answer = await client.request<CodeActionParams, (CodeAction | Command)[] | null>('textDocument/codeAction', {
        textDocument: { uri: plugin.uri }, range: { start: position, end: position }, context: { diagnostics: [] },
    });
    const action = editActions(answer)[0];
    if (action?.edit) {
        applyWorkspaceEdit(action.edit, (uri) => tabs.find((tab) => uriOf(tab.path) === uri)?.view);
    }
}

function currentState(): SharedState {
    return { files: tabs.map((tab) => ({ path: tab.path, text: tab.view.state.doc.toString() })), active: activePath, view: currentView };
}

function saveState(): void {
    history.replaceState(null, '', encodeState(currentState()));
}

let saveTimer: number | undefined;
function saveStateSoon(): void {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveState, 300);
}

let noticeTimer: number | undefined;
function showNotice(text: string): void {
    const notice = byId('notice');
    notice.textContent = text;
    notice.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = window.setTimeout(() => {
        notice.hidden = true;
    }, 4000);
}

function applyTheme(): void {
    document.documentElement.dataset.theme = theme;
    for (const tab of tabs) {
        tab.view.dispatch({ effects: themeCompartment.reconfigure(theme === 'dark' ? oneDark : []) });
    }
    byId('theme').textContent = theme === 'dark' ? 'Light' : 'Dark';
}

function activeView(): EditorView | undefined {
    return tabs.find((tab) => tab.path === activePath)?.view;
}

function wireToolbar(): void {
    const examples = byId('examples') as HTMLSelectElement;
    examples.append(...EXAMPLES.map((example) => {
        const option = document.createElement('option');
        option.value = example.id;
        option.textContent = example.title;
        return option;
    }));
    examples.addEventListener('change', () => {
        const example = EXAMPLES.find((candidate) => candidate.id === examples.value);
        examples.value = '';
        if (example) {
            replaceFiles(example.files, example.files[0]?.path);
            saveState();
        }
    });
    byId('add-file').addEventListener('click', () => {
        const name = newFileName();
        addTab({ path: name, text: `journey ${name.replace(/\.journey$/, '').replace(/-/g, '_')} "A new journey" {\n}\n` }, true);
        const item = tabBar.querySelector<HTMLElement>(`.tab[data-path="${CSS.escape(name)}"]`);
        if (item) {
            startRename(item, tabs.find((tab) => tab.path === name)!);
        }
    });
    byId('copy-link').addEventListener('click', () => {
        saveState();
        navigator.clipboard.writeText(location.href).then(() => showNotice('Link copied: it holds every file of this playground.'), () => showNotice('Copy the address bar: it holds every file.'));
    });
    byId('theme').addEventListener('click', () => {
        theme = theme === 'dark' ? 'light' : 'dark';
        localStorage.setItem('journey-playground-theme', theme);
        applyTheme();
        scheduleRedraw(true);
    });
    byId('format').addEventListener('click', () => {
        const view = activeView();
        if (view && isJourneyFile(activePath ?? '')) {
            formatDocument(view);
        }
    });
    byId('rename').addEventListener('click', () => {
        const view = activeView();
        if (view) {
            renameSymbol(view);
        }
    });
    byId('definition').addEventListener('click', () => {
        const view = activeView();
        if (view) {
            goToDefinition(view, displayUri);
        }
    });
    // A menu closes once an item is chosen, as the browser's own menus do.
    byId('downloads').addEventListener('click', (event) => {
        if ((event.target as Element).closest('.menu button')) {
            (byId('downloads') as HTMLDetailsElement).open = false;
        }
    });
    byId('download-file').addEventListener('click', () => {
        const view = activeView();
        if (view && activePath) {
            download(activePath.split('/').pop()!, view.state.doc.toString(), 'text/plain');
        }
    });
    byId('download-all').addEventListener('click', () => {
        // Each file is its own download (a folder path becomes part of the name: shared__catalog.journey).
        for (const tab of tabs) {
            download(tab.path.replace(/\//g, '__'), tab.view.state.doc.toString(), 'text/plain');
        }
    });
    byId('download-svg').addEventListener('click', () => {
        const svg = panel.svg;
        if (svg) {
            download(`${journeySelect.value || 'journey'}-${currentView}.svg`, svg, 'image/svg+xml');
        } else {
            showNotice('Choose the Mermaid journey or the flowchart view to download its SVG.');
        }
    });
    byId('download-html').addEventListener('click', () => {
        if (currentView === 'map' && panel.text) {
            download(`${journeySelect.value || 'journey'}-map.html`, standaloneMap(panel.text), 'text/html');
        } else {
            showNotice('Choose the journey map view to download it as HTML.');
        }
    });
    journeySelect.addEventListener('change', () => {
        const path = journeySelect.dataset.path;
        if (path) {
            chosenJourney.set(path, journeySelect.value);
            scheduleRedraw(true);
        }
    });
    window.addEventListener('hashchange', () => {
        const state = decodeState(location.hash);
        if (state) {
            replaceFiles(state.files, state.active);
        }
    });
}

/** The map as a page of its own: the map's HTML with its stylesheet, no script, no request. */
function standaloneMap(fragment: string): string {
    return `<!doctype html>\n<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
        + `<title>Journey map</title><style>${JOURNEY_MAP_CSS}</style></head><body>${fragment}</body></html>\n`;
}

void loadMermaid();
wireToolbar();
renderViewButtons();
applyTheme();
for (const file of initial.files) {
    addTab(file, file.path === initial.active);
}
if (tabs.length === 0) {
    renderTabs();
    scheduleRedraw(true);
}
