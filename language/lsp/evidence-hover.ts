/**
 * Hover text for evidence: a dataset (its file, scale, rows and columns, or why it cannot be
 * read) and a `measured` column (mean, answers, invalid cells and a small distribution).
 */
import type { Dataset, Kpi, Measured, Touchpoint } from '../generated/ast.js';
import { datasetScaleOf, type DatasetState, type DatasetStore } from '../evidence/dataset-store.js';
import { formatNumber } from '../generators/score-text.js';
import { scaleOf } from '../model/build-model.js';
import { fileOf, measuredOf } from '../model/property-values.js';
import { isKpi, isJourney } from '../generated/ast.js';
import { AstUtils } from 'langium';
import { kpiMeasure, touchpointMeasure } from '../validation/evidence.js';
import type { TouchpointMeasure } from '../evidence/measured-score.js';

export function datasetHover(dataset: Dataset, state: DatasetState): string {
    const file = fileOf(dataset);
    const scale = datasetScaleOf(dataset);
    const lines = [`**${escapeMd(dataset.title ?? dataset.name)}** — dataset \`${dataset.name}\``];
    const facts = [`**File:** ${file === undefined ? 'none' : `\`${escapeMd(file)}\``}`, `**Scale of the answers:** ${scale.min}..${scale.max}`];
    switch (state.status) {
        case 'loaded':
            facts.push(`**Rows:** ${state.table.rows} · **Columns:** ${state.table.header.length} (\`${state.table.delimiter}\`-separated${state.table.decimalComma ? ', decimal commas' : ''})`);
            break;
        case 'loading':
            facts.push('**Rows:** being read');
            break;
        case 'invalid':
            facts.push(`**Not readable:** line ${state.line}: ${escapeMd(state.message)}`);
            break;
        case 'not-found':
            facts.push(`**Not found:** ${escapeMd(state.message)}`);
            break;
        default:
            break;
    }
    return [lines.join('\n'), facts.map((fact) => `- ${fact}`).join('\n')].join('\n\n');
}

/** One line for a touchpoint's hover: its measured score and answers; undefined without data. */
export function measuredLine(touchpoint: Touchpoint, datasets: DatasetStore): string | undefined {
    const measure = touchpointMeasure(touchpoint, datasets);
    const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
    if (!measure || measure.score === null || !journey) {
        return undefined;
    }
    const scale = scaleOf(journey);
    return `**Measured:** ${formatNumber(measure.score)} on ${scale.min}..${scale.max} from ${answers(measure.answers)}`;
}

/** The hover of a `measured` column string. */
export function measuredHover(measured: Measured, datasets: DatasetStore): string | undefined {
    const dataset = measured.dataset?.ref;
    if (!dataset) {
        return undefined;
    }
    const owner = measured.$container;
    const title = `**${escapeMd(measured.column ?? '')}** — column of dataset \`${dataset.name}\``;
    if (measuredOf(owner) !== measured) {
        return title;
    }
    const state = datasets.stateOf(dataset);
    if (state.status !== 'loaded') {
        return `${title}\n\n${datasetHover(dataset, state)}`;
    }
    if (isKpi(owner)) {
        const measure = kpiMeasure(owner as Kpi, datasets);
        if (!measure) {
            return title;
        }
        const aggregate = measured.aggregate ?? 'mean';
        const value = measure.value === null ? 'no answers' : `${aggregate} ${formatNumber(measure.value)}${aggregate === 'share' ? '% yes' : ''}`;
        return [title, bullet([`**Value:** ${value}`, `**Answers:** ${measure.answers}${invalidText(measure.invalid.count)}`])].join('\n\n');
    }
    const measure = touchpointMeasure(owner as Touchpoint, datasets);
    if (!measure) {
        return title;
    }
    const journey = AstUtils.getContainerOfType(owner, isJourney);
    const journeyScale = journey ? scaleOf(journey) : { min: 1, max: 5 };
    const datasetScale = datasetScaleOf(dataset);
    const facts = [
        `**${(measured.aggregate ?? 'mean') === 'median' ? 'Median' : 'Mean'}:** ${measure.value === null ? 'no answers' : `${formatNumber(measure.value)} on ${datasetScale.min}..${datasetScale.max}`}`,
        ...(measure.score === null || (journeyScale.min === datasetScale.min && journeyScale.max === datasetScale.max)
            ? [] : [`**Measured score:** ${formatNumber(measure.score)} on the journey's ${journeyScale.min}..${journeyScale.max}`]),
        `**Answers:** ${measure.answers}${invalidText(measure.invalid.count)}`,
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

function invalidText(count: number): string {
    return count === 0 ? '' : ` (${count} ${count === 1 ? 'cell is' : 'cells are'} not an answer)`;
}

function answers(count: number): string {
    return count === 1 ? '1 answer' : `${count} answers`;
}

function bullet(facts: readonly string[]): string {
    return facts.map((fact) => `- ${fact}`).join('\n');
}

function escapeMd(text: string): string {
    return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ');
}
