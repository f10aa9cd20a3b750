import { AstUtils, GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isJourney, type Journey, type Scale, type Touchpoint } from '../generated/ast.js';
import { measuredOf, scoreOf, writtenScaleOf } from '../model/property-values.js';
import type { DatasetStore } from '../evidence/dataset-store.js';
import { formatNumber } from '../generators/score-text.js';
import { touchpointMeasure } from './evidence.js';
import { DEFAULT_SCALE, isCriticalScore, isScoreInScale, isValidScale, type ScoreScale } from '../model/score-scale.js';
import { isAddressed } from './addressed-touchpoints.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { quotedText } from '../message-text.js';

export function checkScale(scale: Scale, accept: ValidationAcceptor): void {
    if (typeof scale.min !== 'number' || typeof scale.max !== 'number' || isValidScale(scale)) {
        return;
    }
    accept('error', `Invalid scale ${sourceText(scale, 'min', scale.min)}..${sourceText(scale, 'max', scale.max)}: the lowest score must be below the highest, e.g. 1..5.`,
        issue(IssueCodes.InvalidScale, { node: scale }));
}

/**
 * `score-out-of-range` for every score written (a repeat is duplicate-property, but its value
 * is checked all the same); `critical-touchpoint` for the score that counts: the measured one
 * where the touchpoint has answers (evidence outranks assumption), else the written one. Both
 * stay silent while the scale itself is wrong.
 */
export function checkTouchpointScore(datasets: DatasetStore) {
    return (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
        const scale = journey && scaleOf(journey);
        if (!journey || !scale) {
            return;
        }
        const scores = touchpoint.scores ?? [];
        scores.forEach((score, index) => {
            if (typeof score === 'number' && !isScoreInScale(score, scale)) {
                accept('error', `Score ${sourceText(touchpoint, 'scores', score, index)} is outside the journey's scale ${scaleText(journey, scale)}.`,
                    issue(IssueCodes.ScoreOutOfRange, { node: touchpoint, property: 'scores', index }));
            }
        });
        if (isAddressed(touchpoint, journey)) {
            return;
        }
        const measure = touchpointMeasure(touchpoint, datasets);
        const measuredScore = measure?.score ?? null;
        const score = scoreOf(touchpoint);
        if (measuredScore !== null) {
            if (isCriticalScore(measuredScore, scale)) {
                const assumed = typeof score === 'number' ? ` (assumed ${score})` : '';
                const message = `Touchpoint '${quotedText(touchpoint.name)}' measures ${formatNumber(measuredScore)} on ${scale.min}..${scale.max} from ${measure!.answers === 1 ? '1 answer' : `${measure!.answers} answers`}${assumed}, a critical score, and no improvement addresses it.`;
                // At the assumed score; without one, at the column it was measured by.
                if (scores.length > 0) {
                    accept('warning', message, issue(IssueCodes.CriticalTouchpoint, { node: touchpoint, property: 'scores', index: scores.length - 1 }));
                } else {
                    accept('warning', message, issue(IssueCodes.CriticalTouchpoint, { node: measuredOf(touchpoint)!, property: 'column' }));
                }
            }
            return;
        }
        if (typeof score === 'number' && isScoreInScale(score, scale) && isCriticalScore(score, scale)) {
            accept('warning', `Touchpoint '${quotedText(touchpoint.name)}' scores ${score} on ${scale.min}..${scale.max}, a critical score, and no improvement addresses it.`,
                issue(IssueCodes.CriticalTouchpoint, { node: touchpoint, property: 'scores', index: scores.length - 1 }));
        }
    };
}

/**
 * A number as the author wrote it: a huge one is a JS number like 1e+23, which the author
 * would not find in the file.
 */
function sourceText(node: AstNode, property: string, value: number, index?: number): string {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text ?? String(value);
}

function scaleText(journey: Journey, scale: ScoreScale): string {
    const written = writtenScaleOf(journey);
    return written
        ? `${sourceText(written, 'min', scale.min)}..${sourceText(written, 'max', scale.max)}`
        : `${scale.min}..${scale.max}`;
}

/** The journey's scale, or undefined when it is unreadable or invalid (reported elsewhere). */
function scaleOf(journey: Journey): ScoreScale | undefined {
    const written = writtenScaleOf(journey);
    if (!written) {
        return DEFAULT_SCALE;
    }
    const { min, max } = written;
    if (typeof min !== 'number' || typeof max !== 'number') {
        return undefined;
    }
    const scale = { min, max };
    return isValidScale(scale) ? scale : undefined;
}
