/**
 * Hover text for evidence: a dataset (its file, scale, rows and columns, or why it cannot be
 * read) and a `measured` column (mean, answers, invalid cells and a small distribution).
 */
import type { Dataset, Kpi, Measured, Touchpoint } from '../generated/ast.js';
import { datasetScaleOf, type DatasetState, type DatasetStore } from '../evidence/dataset-store.js';
import { scaleOf } from '../model/build-model.js';
import { fileOf, measuredOf } from '../model/property-values.js';
import { isKpi, isJourney } from '../generated/ast.js';
import { AstUtils } from 'langium';
import { kpiMeasure, touchpointMeasure } from '../validation/evidence.js';
import type { TouchpointMeasure } from '../evidence/measured-score.js';
import type { EditorLabels } from '../i18n/editor-labels.js';
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import type { LanguageCode } from '../i18n/languages.js';

export function datasetHover(dataset: Dataset, state: DatasetState, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const evidence = words.evidence;
    const file = fileOf(dataset);
    const scale = datasetScaleOf(dataset);
    const lines = [`**${escapeMd(dataset.title ?? dataset.name)}** — ${evidence.dataset} \`${dataset.name}\``];
    const facts = [
        `**${evidence.file}:** ${file === undefined ? words.hover.none : `\`${escapeMd(file)}\``}`,
        `**${evidence.scaleOfAnswers}:** ${scale.min}..${scale.max}`,
    ];
    switch (state.status) {
        case 'loaded':
            facts.push(`**${evidence.rows}:** ${state.table.rows} · **${evidence.columns}:** ${state.table.header.length} (${evidence.separated(state.table.delimiter, state.table.decimalComma)})`);
            break;
        case 'loading':
            facts.push(`**${evidence.rows}:** ${evidence.beingRead}`);
            break;
        case 'invalid':
            facts.push(evidence.notReadable(state.line, escapeMd(state.message)));
            break;
        case 'not-found':
            facts.push(`**${evidence.notFound}:** ${escapeMd(state.message)}`);
            break;
        default:
            break;
    }
    return [lines.join('\n'), facts.map((fact) => `- ${fact}`).join('\n')].join('\n\n');
}

/** One line for a touchpoint's hover: its measured score and answers; undefined without data. */
export function measuredLine(touchpoint: Touchpoint, datasets: DatasetStore, language: LanguageCode): string | undefined {
    const measure = touchpointMeasure(touchpoint, datasets);
    const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
    if (!measure || measure.score === null || !journey) {
        return undefined;
    }
    const words = editorLabelsIn(language);
    return `**${words.hover.measured}:** ${words.hover.measuredFrom(words.number(measure.score), scaleOf(journey), measure.answers)}`;
}

/** The hover of a `measured` column string. */
export function measuredHover(measured: Measured, datasets: DatasetStore, language: LanguageCode): string | undefined {
    const dataset = measured.dataset?.ref;
    if (!dataset) {
        return undefined;
    }
    const words = editorLabelsIn(language);
    const evidence = words.evidence;
    const owner = measured.$container;
    const title = `**${escapeMd(measured.column ?? '')}** — ${evidence.columnOf} \`${dataset.name}\``;
    if (measuredOf(owner) !== measured) {
        return title;
    }
    const state = datasets.stateOf(dataset);
    if (state.status !== 'loaded') {
        return `${title}\n\n${datasetHover(dataset, state, language)}`;
    }
    const aggregate = (measured.aggregate ?? 'mean') as keyof typeof evidence.aggregates;
    if (isKpi(owner)) {
        const measure = kpiMeasure(owner as Kpi, datasets);
        if (!measure) {
            return title;
        }
        const number = measure.value === null ? '' : words.number(measure.value);
        const value = measure.value === null ? evidence.noAnswers : `${evidence.aggregates[aggregate] ?? aggregate} ${aggregate === 'share' ? evidence.shareYes(number) : number}`;
        return [title, bullet([`**${evidence.value}:** ${value}`, `**${evidence.answers}:** ${measure.answers}${invalidText(measure.invalid.count, words)}`])].join('\n\n');
    }
    const measure = touchpointMeasure(owner as Touchpoint, datasets);
    if (!measure) {
        return title;
    }
    const journey = AstUtils.getContainerOfType(owner, isJourney);
    const journeyScale = journey ? scaleOf(journey) : { min: 1, max: 5 };
    const datasetScale = datasetScaleOf(dataset);
    const facts = [
        `**${capitalize(evidence.aggregates[aggregate === 'median' ? 'median' : 'mean'])}:** ${measure.value === null ? evidence.noAnswers : words.hover.scoreOn(words.number(measure.value), datasetScale)}`,
        ...(measure.score === null || (journeyScale.min === datasetScale.min && journeyScale.max === datasetScale.max)
            ? [] : [`**${evidence.measuredScore}:** ${evidence.onJourneyScale(words.number(measure.score), journeyScale)}`]),
        `**${evidence.answers}:** ${measure.answers}${invalidText(measure.invalid.count, words)}`,
    ];
    const chart = distributionChart(measure);
    return [title, bullet(facts), ...(chart ? [chart] : [])].join('\n\n');
}

/** A bar per whole answer, in a code block so that it lines up in every editor. */
function distributionChart(measure: TouchpointMeasure): string | undefined {
    if (measure.distribution.length === 0 || measure.answers === 0) {
        return undefined;
    }
    const most = Math.max(...measure.distribution.map((bucket) => bucket.count));
    const width = Math.max(...measure.distribution.map((bucket) => String(bucket.answer).length));
    const rows = measure.distribution.map(({ answer, count }) => {
        const bar = '█'.repeat(most === 0 ? 0 : Math.round((count / most) * 20));
        return `${String(answer).padStart(width)} ${bar} ${count}`;
    });
    return ['```text', ...rows, '```'].join('\n');
}

function invalidText(count: number, words: EditorLabels): string {
    return count === 0 ? '' : words.evidence.invalidCells(count);
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function bullet(facts: readonly string[]): string {
    return facts.map((fact) => `- ${fact}`).join('\n');
}

function escapeMd(text: string): string {
    return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ');
}
