import type { Journey, Touchpoint } from '../generated/ast.js';

/** Per journey node; a new parse makes new nodes, so an entry never goes stale. */
const addressedByJourney = new WeakMap<Journey, Set<Touchpoint>>();

/**
 * An improvement addresses a touchpoint when its `for` names it. The set is built once per
 * journey so that checking every touchpoint stays linear in the number of improvements.
 */
export function isAddressed(touchpoint: Touchpoint, journey: Journey): boolean {
    let addressed = addressedByJourney.get(journey);
    if (!addressed) {
        addressed = new Set();
        for (const improvement of journey.improvements ?? []) {
            for (const target of improvement.targets ?? []) {
                if (target.ref) {
                    addressed.add(target.ref);
                }
            }
        }
        addressedByJourney.set(journey, addressed);
    }
    return addressed.has(touchpoint);
}
