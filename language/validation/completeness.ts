import { AstUtils, type ValidationAcceptor } from 'langium';
import { isJourney, type Journey, type Phase, type Touchpoint } from '../generated/ast.js';
import { channelOf } from '../model/property-values.js';
import { isAddressed } from './addressed-touchpoints.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { quotedText } from '../message-text.js';

/**
 * What a journey map is missing. Nameless elements come from error recovery; the syntax
 * error is the useful message there, so these checks stay silent.
 */

export function checkJourneyCompleteness(journey: Journey, accept: ValidationAcceptor): void {
    if (!journey.name) {
        return;
    }
    if ((journey.phases ?? []).length === 0) {
        accept('warning', messageFor(journey, IssueCodes.EmptyJourney, { journey: quotedText(journey.name) }),
            issue(IssueCodes.EmptyJourney, { node: journey, property: 'name' }));
    }
    if ((journey.personas ?? []).length === 0) {
        accept('warning', messageFor(journey, IssueCodes.MissingPersona, { journey: quotedText(journey.name) }),
            issue(IssueCodes.MissingPersona, { node: journey, property: 'name' }));
    }
}

export function checkPhaseCompleteness(phase: Phase, accept: ValidationAcceptor): void {
    if (phase.name && (phase.touchpoints ?? []).length === 0) {
        accept('warning', messageFor(phase, IssueCodes.EmptyPhase, { phase: quotedText(phase.name) }),
            issue(IssueCodes.EmptyPhase, { node: phase, property: 'name' }));
    }
}

export function checkTouchpointCompleteness(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (touchpoint.name && !channelOf(touchpoint)) {
        accept('info', messageFor(touchpoint, IssueCodes.MissingChannel, { touchpoint: quotedText(touchpoint.name) }),
            issue(IssueCodes.MissingChannel, { node: touchpoint, property: 'name' }));
    }
    const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
    const pains = touchpoint.pains ?? [];
    if (journey && pains.length > 0 && (touchpoint.opportunities ?? []).length === 0 && !isAddressed(touchpoint, journey)) {
        accept('info', messageFor(touchpoint, IssueCodes.UnaddressedPain, { pain: quotedText(pains[0]) }),
            issue(IssueCodes.UnaddressedPain, { node: touchpoint, property: 'pains', index: 0 }));
    }
}
