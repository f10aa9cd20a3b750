import { AstUtils, GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isJourney, type Journey, type Scale, type Touchpoint } from '../generated/ast.js';
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

/** `score-out-of-range` and `critical-touchpoint`; both stay silent while the scale itself is wrong. */
export function checkTouchpointScore(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const score = touchpoint.score;
    const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
    const scale = journey && scaleOf(journey);
    if (typeof score !== 'number' || !journey || !scale) {
        return;
    }
    if (!isScoreInScale(score, scale)) {
        accept('error', `Score ${sourceText(touchpoint, 'score', score)} is outside the journey's scale ${scaleText(journey, scale)}.`,
            issue(IssueCodes.ScoreOutOfRange, { node: touchpoint, property: 'score' }));
    } else if (isCriticalScore(score, scale) && !isAddressed(touchpoint, journey)) {
        accept('warning', `Touchpoint '${quotedText(touchpoint.name)}' scores ${score} on ${scale.min}..${scale.max}, a critical score, and no improvement addresses it.`,
            issue(IssueCodes.CriticalTouchpoint, { node: touchpoint, property: 'score' }));
    }
}

/**
 * A number as the author wrote it: a huge one is a JS number like 1e+23, which the author
 * would not find in the file.
 */
function sourceText(node: AstNode, property: string, value: number): string {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? String(value);
}

function scaleText(journey: Journey, scale: ScoreScale): string {
    return journey.scale
        ? `${sourceText(journey.scale, 'min', scale.min)}..${sourceText(journey.scale, 'max', scale.max)}`
        : `${scale.min}..${scale.max}`;
}

/** The journey's scale, or undefined when it is unreadable or invalid (reported elsewhere). */
function scaleOf(journey: Journey): ScoreScale | undefined {
    if (!journey.scale) {
        return DEFAULT_SCALE;
    }
    const { min, max } = journey.scale;
    if (typeof min !== 'number' || typeof max !== 'number') {
        return undefined;
    }
    const scale = { min, max };
    return isValidScale(scale) ? scale : undefined;
}
