/**
 * The `flow` output: a Mermaid `flowchart LR` of how the customer moves between touchpoints.
 * One subgraph per phase, one node per touchpoint (title, channel, senses), an edge per step of
 * the journey's flow, and classes for critical and WOW touchpoints. Node ids come from names,
 * so a changed title changes one label line in a diff, not the whole diagram.
 */
import type { FlowEdge } from '../model/journey-flow.js';
import type { JourneyModel, PhaseModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { channelTitle, touchpointsOf } from '../model/model-lookup.js';
import { diagramDescription } from './diagram-description.js';
import { escapeFlowText, mermaidId } from './mermaid-text.js';
import { DEFAULT_LANGUAGE, valueIn, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type DiagramLabels } from '../i18n/output-labels.js';

const INDENT = '    ';

/**
 * Mermaid's other line break inside a label (`\n`, the two characters), not `<br>`: a `<` in a
 * label sends it through a sanitizer pass that decodes the escaped characters again, after
 * which `fa:fa-car` becomes an icon, `$$x$$` a formula and `\n` a break (seen in Chromium).
 * User text never holds one: its `\` is escaped.
 */
const LINE_BREAK = '\\n';

const EMPTY_PHASE_CLASS = 'empty';

const EMPTY_PHASE_STYLE = 'fill:none,stroke:#9e9e9e,stroke-dasharray:3 3,color:#757575';

/**
 * The looks of the marked touchpoints. `critical` is a low score no improvement addresses: the
 * open problem the `critical-touchpoint` warning is about. `addressed` is a low score with an
 * improvement on it: still worth seeing, but milder (amber, dashed), so the open problems stand
 * out. Mermaid applies classes in the order of the `class` lines, the last one winning where
 * they clash: a critical WOW touchpoint looks critical and keeps its ★.
 */
const TOUCHPOINT_CLASSES = {
    wow: 'fill:#e8f5e9,stroke:#2e7d32,stroke-width:2px',
    addressed: 'fill:#fff8e1,stroke:#ef6c00,stroke-width:2px,stroke-dasharray:5 3',
    critical: 'fill:#fdecea,stroke:#c62828,stroke-width:3px,color:#7f1d1d',
} as const;

type TouchpointClass = keyof typeof TOUCHPOINT_CLASSES;

/** `language`: of the words the diagram adds (the marks, the text alternative); the titles are the team's own. */
export function generateMermaidFlow(journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words: FlowWords = { labels: outputLabelsIn(language).diagrams, language };
    const lines = [
        'flowchart LR',
        `${INDENT}accTitle: ${escapeFlowText(journey.title)}`,
        `${INDENT}accDescr: ${escapeFlowText(`${words.labels.flowIntro} ${diagramDescription(journey, workspace, language)}`)}`,
    ];
    for (const phase of journey.phases) {
        lines.push(...subgraphLines(phase, workspace, words));
    }
    lines.push(...journey.flow.map((edge) => `${INDENT}${edgeLine(edge, words.labels)}`));
    lines.push(...classLines(journey));
    return `${lines.join('\n')}\n`;
}

interface FlowWords {
    labels: DiagramLabels;
    language: LanguageCode;
}

function subgraphLines(phase: PhaseModel, workspace: WorkspaceModel, words: FlowWords): string[] {
    const nodes = phase.touchpoints.length > 0
        ? phase.touchpoints.map((touchpoint) => nodeLine(touchpoint, workspace, words))
        : [emptyPhaseNodeLine(phase, words.labels)];
    return [
        `${INDENT}subgraph ${mermaidId('ph_', phase.name)} ["${escapeFlowText(phase.title)}"]`,
        ...nodes.map((node) => `${INDENT}${INDENT}${node}`),
        `${INDENT}end`,
    ];
}

/**
 * Mermaid draws an empty subgraph as a plain box that looks like a touchpoint (seen in
 * Chromium), so an empty phase holds a note instead; `empty_` ids never clash with `tp_` ones.
 */
function emptyPhaseNodeLine(phase: PhaseModel, labels: DiagramLabels): string {
    return `${mermaidId('empty_', phase.name)}["${escapeFlowText(labels.emptyPhase)}"]:::${EMPTY_PHASE_CLASS}`;
}

/**
 * A rounded node; its label lines: the title, the channel, the senses, the critical and WOW
 * markers. Critical touchpoints say so in words and a symbol too, not in colour alone (as the
 * map's badges).
 */
function nodeLine(touchpoint: TouchpointModel, workspace: WorkspaceModel, { labels, language }: FlowWords): string {
    const label = [escapeFlowText(touchpoint.title)];
    if (touchpoint.channel !== null) {
        label.push(escapeFlowText(channelTitle(touchpoint.channel, workspace)));
    }
    if (touchpoint.senses.length > 0) {
        label.push(touchpoint.senses.map((sense) => valueIn(language, 'senses', sense)).join(', '));
    }
    if (touchpoint.critical) {
        label.push(escapeFlowText(touchpoint.improvements.length > 0 ? labels.addressedMark : labels.criticalMark));
    }
    if (touchpoint.wows.length > 0) {
        label.push(escapeFlowText(labels.wowMark));
    }
    return `${touchpointId(touchpoint.name)}("${label.join(LINE_BREAK)}")`;
}

/**
 * `order` and `next` steps look alike: for the reader both mean "leads to". The cycle of a
 * relational journey is dotted and labelled: it is where the journey starts over, not a step.
 */
function edgeLine(edge: FlowEdge, labels: DiagramLabels): string {
    const arrow = edge.kind === 'cycle' ? `-.->|"${escapeFlowText(labels.newCycle)}"|` : '-->';
    return `${touchpointId(edge.from)} ${arrow} ${touchpointId(edge.to)}`;
}

function classLines(journey: JourneyModel): string[] {
    const members = new Map<TouchpointClass, string[]>();
    for (const touchpoint of touchpointsOf(journey)) {
        for (const name of classesOf(touchpoint)) {
            members.set(name, [...(members.get(name) ?? []), touchpointId(touchpoint.name)]);
        }
    }
    const used = (Object.keys(TOUCHPOINT_CLASSES) as TouchpointClass[]).filter((name) => members.has(name));
    const hasEmptyPhase = journey.phases.some((phase) => phase.touchpoints.length === 0);
    return [
        ...used.map((name) => `${INDENT}classDef ${name} ${TOUCHPOINT_CLASSES[name]}`),
        ...(hasEmptyPhase ? [`${INDENT}classDef ${EMPTY_PHASE_CLASS} ${EMPTY_PHASE_STYLE}`] : []),
        ...used.map((name) => `${INDENT}class ${members.get(name)!.join(',')} ${name}`),
    ];
}

function classesOf(touchpoint: TouchpointModel): TouchpointClass[] {
    const classes: TouchpointClass[] = [];
    if (touchpoint.wows.length > 0) {
        classes.push('wow');
    }
    if (touchpoint.critical) {
        classes.push(touchpoint.improvements.length > 0 ? 'addressed' : 'critical');
    }
    return classes;
}

function touchpointId(name: string): string {
    return mermaidId('tp_', name);
}
