/**
 * The `mermaid` output: a Mermaid `journey` diagram. One section per phase, one task per
 * touchpoint with its score on Mermaid's 1..5 (the measured one where there are answers) and
 * the journey's personas as the actors.
 */
import type { JourneyModel, PhaseModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { personaTitle } from '../model/model-lookup.js';
import type { ScoreScale } from '../model/score-scale.js';
import { normalizedScoreThatCounts } from '../model/score-that-counts.js';
import { diagramDescription } from './diagram-description.js';
import { escapeJourneyTask, escapeJourneyText } from './mermaid-text.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';

/** Where Mermaid draws a touchpoint that has no score: the middle of its 1..5. */
const UNSCORED = 3;

const INDENT = '    ';

/** `language`: of the text alternative (the titles are the team's own). */
export function generateMermaidJourney(journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const actors = journey.personas.map((name) => escapeJourneyText(personaTitle(name, workspace)));
    // accTitle / accDescr: the SVG's <title> and <desc>, what a screen reader says for the drawing.
    const lines = [
        'journey',
        `${INDENT}title ${escapeJourneyText(journey.title)}`,
        `${INDENT}accTitle: ${escapeJourneyText(journey.title)}`,
        `${INDENT}accDescr: ${escapeJourneyText(diagramDescription(journey, workspace, language))}`,
    ];
    for (const phase of journey.phases) {
        lines.push(...sectionLines(phase, actors, journey.scale));
    }
    return `${lines.join('\n')}\n`;
}

/**
 * A phase without touchpoints still gets its `section` line: Mermaid accepts a section with no
 * tasks and simply draws nothing for it (checked in Chromium), and the text stays a faithful
 * copy of the map. The `empty-phase` warning is where the author learns about it.
 */
function sectionLines(phase: PhaseModel, actors: string[], scale: ScoreScale): string[] {
    return [
        `${INDENT}section ${escapeJourneyText(phase.title)}`,
        ...phase.touchpoints.map((touchpoint) => `${INDENT}${INDENT}${taskLine(touchpoint, actors, scale)}`),
    ];
}

function taskLine(touchpoint: TouchpointModel, actors: string[], scale: ScoreScale): string {
    const score = normalizedScoreThatCounts(touchpoint, scale);
    const task = `${escapeJourneyTask(touchpoint.title)}: ${score === null ? UNSCORED : Math.round(score)}`;
    // `Task: 3:` with nothing after it would draw one nameless actor.
    return actors.length > 0 ? `${task}: ${actors.join(', ')}` : task;
}
