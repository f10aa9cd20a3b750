import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';

/** Registers the journey checks with Langium's validation registry. */
export function registerJourneyValidationChecks(services: JourneyServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.JourneyValidator;
    const checks: ValidationChecks<JourneyAstType> = {};
    registry.register(checks, validator);
}

export class JourneyValidator {}
