import { AstUtils, GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isJourney, type Journey, type Scale, type Touchpoint } from '../generated/ast.js';
import { measuredOf, scoreOf, writtenScaleOf } from '../model/property-values.js';
import type { DatasetStore } from '../evidence/dataset-store.js';
import { touchpointMeasure } from './evidence.js';
import { DEFAULT_SCALE, isCriticalScore, isScoreInScale, isValidScale, type ScoreScale } from '../model/score-scale.js';
import { isAddressed } from './addressed-touchpoints.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { quotedText } from '../message-text.js';

export function checkScale(scale: Scale, accept: ValidationAcceptor): void {
    if (typeof scale.min !== 'number' || typeof scale.max !== 'number' || isValidScale(scale)) {
        return;
    }
    accept('error', messageFor(scale, IssueCodes.InvalidScale, { min: sourceText(scale, 'min', scale.min), max: sourceText(scale, 'max', scale.max) }),
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
                accept('error', messageFor(touchpoint, IssueCodes.ScoreOutOfRange, { score: sourceText(touchpoint, 'scores', score, index), scale: scaleText(journey, scale) }),
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
                const message = messageFor(touchpoint, IssueCodes.CriticalTouchpoint, {
                    measured: true, touchpoint: quotedText(touchpoint.name), score: measuredScore, min: scale.min, max: scale.max,
                    answers: measure!.answers, assumed: typeof score === 'number' ? score : undefined,
                });
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
            accept('warning', messageFor(touchpoint, IssueCodes.CriticalTouchpoint, { measured: false, touchpoint: quotedText(touchpoint.name), score, min: scale.min, max: scale.max }),
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
