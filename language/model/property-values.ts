/**
 * The value that counts of each single-valued property. The AST keeps every occurrence as
 * written (`owners`, `scores`, ...: see journey.langium) so that the validator can report the
 * repeats and check each value; everything else reads a property through these accessors.
 * When a property is written twice (an error: duplicate-property), the last occurrence
 * counts, as a later line overrides an earlier one.
 */
import type { Reference } from 'langium';
import type { Channel, Dataset, Improvement, Journey, Kpi, Measured, Persona, Scale, Team, Threshold, Touchpoint } from '../generated/ast.js';

/** The occurrence that counts of a property collected with `+=`: the last one written. */
export function lastWritten<T>(occurrences: readonly T[] | undefined): T | undefined {
    return occurrences && occurrences.length > 0 ? occurrences[occurrences.length - 1] : undefined;
}

export function descriptionOf(element: { descriptions?: readonly string[] }): string | undefined {
    return lastWritten(element.descriptions);
}

/** The owning team of a journey, touchpoint, improvement or KPI. */
export function ownerOf(element: { owners?: ReadonlyArray<Reference<Team>> }): Reference<Team> | undefined {
    return lastWritten(element.owners);
}

export function segmentOf(persona: Persona): string | undefined {
    return lastWritten(persona.segments);
}

export function channelTypeOf(channel: Channel): string | undefined {
    return lastWritten(channel.types);
}

export function journeyTypeOf(journey: Journey): string | undefined {
    return lastWritten(journey.types);
}

/** The scale as written; see scaleOf in build-model.ts for the one in force (with the default). */
export function writtenScaleOf(journey: Journey): Scale | undefined {
    return lastWritten(journey.scales);
}

export function channelOf(touchpoint: Touchpoint): Reference<Channel> | undefined {
    return lastWritten(touchpoint.channels);
}

export function scoreOf(touchpoint: Touchpoint): number | undefined {
    return lastWritten(touchpoint.scores);
}

export function kindOf(improvement: Improvement): string | undefined {
    return lastWritten(improvement.kinds);
}

export function statusOf(improvement: Improvement): string | undefined {
    return lastWritten(improvement.statuses);
}

export function dueOf(improvement: Improvement): string | undefined {
    return lastWritten(improvement.dues);
}

export function targetOf(kpi: Kpi): string | undefined {
    return lastWritten(kpi.targets);
}

export function actualOf(kpi: Kpi): string | undefined {
    return lastWritten(kpi.actuals);
}

/** The dataset's `file` as written. */
export function fileOf(dataset: Dataset): string | undefined {
    return lastWritten(dataset.files);
}

/** The scale of the answers as written; the default (1..5) applies without one. */
export function writtenDatasetScaleOf(dataset: Dataset): Scale | undefined {
    return lastWritten(dataset.scales);
}

/** The `measured` of a touchpoint or KPI. */
export function measuredOf(element: { measured?: readonly Measured[] }): Measured | undefined {
    return lastWritten(element.measured);
}

export function thresholdOf(kpi: Kpi): Threshold | undefined {
    return lastWritten(kpi.thresholds);
}
