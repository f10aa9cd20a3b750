import { stream, ValidationRegistry, type Stream, type ValidationCategory, type ValidationCheck } from 'langium';

const MESSAGE_CONTEXT = 'An error occurred during validation';

/**
 * Langium's registry, made cheap per element: validation asks it for the checks of every node
 * of every file. Langium builds a new stream of its entries on each call and wraps each check
 * in two async functions, so each check cost two promises even though every journey check is
 * synchronous. Here the list per type and categories is built once, and a check's wrapper
 * returns a promise only when the check itself returned one.
 *
 * The error handling is Langium's own `handleException`, called only when a check failed or
 * returned a promise: a check that throws reports "An error occurred during validation: ..."
 * on its node, and a cancellation passes through (as the rejection the validator awaits).
 */
export class JourneyValidationRegistry extends ValidationRegistry {
    /** Per categories (joined), the checks by node type; emptied whenever a check is registered. */
    private readonly tables = new Map<string, Map<string, readonly ValidationCheck[]>>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return isPromiseLike(result) ? this.handleException(() => result, MESSAGE_CONTEXT, accept, node) : undefined;
            } catch (error) {
                // Reported at once: handleException runs `functionality` before its first await.
                return this.handleException(() => { throw error; }, MESSAGE_CONTEXT, accept, node);
            }
        };
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        return stream(this.checksFor(type, categories));
    }

    /** The checks of a node type in the given categories (all when none are given), in registration order. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly ValidationCheck[] {
        return this.checksOf(categories)(type);
    }

    /** A lookup of checks by node type for one list of categories: the walk over a file asks it per node. */
    checksOf(categories?: readonly ValidationCategory[]): (type: string) => readonly ValidationCheck[] {
        const key = categories ? categories.join('\n') : '';
        let table = this.tables.get(key);
        if (!table) {
            table = new Map();
            this.tables.set(key, table);
        }
        const byType = table;
        return (type) => {
            let checks = byType.get(type);
            if (!checks) {
                checks = super.getChecks(type, categories as ValidationCategory[] | undefined).toArray();
                byType.set(type, checks);
            }
            return checks;
        };
    }

    protected override addEntry(type: string, entry: { check: ValidationCheck; category: ValidationCategory }): void {
        this.tables.clear();
        super.addEntry(type, entry);
    }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
    return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
