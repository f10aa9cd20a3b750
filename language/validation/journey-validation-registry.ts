import { isOperationCancelled, stream, ValidationRegistry, type AstNode, type Stream, type ValidationAcceptor, type ValidationCategory, type ValidationCheck } from 'langium';

/**
 * Langium's registry, made cheap per element: validation asks it for the checks of every node
 * of every file. Langium builds a new stream of its entries on each call and wraps each check
 * in two async functions, so each check cost two promises even though every journey check is
 * synchronous. Here the list per type and categories is built once, and a check's wrapper
 * returns a promise only when the check itself returned one.
 *
 * The error handling is Langium's (`handleException`): a check that throws reports
 * "An error occurred during validation: ..." on its node, and a cancellation passes through.
 */
export class JourneyValidationRegistry extends ValidationRegistry {
    /** Per categories (joined), the checks by node type; emptied whenever a check is registered. */
    private readonly tables = new Map<string, Map<string, readonly ValidationCheck[]>>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (isPromiseLike(result)) {
                    return Promise.resolve(result).then(undefined, (error: unknown) => this.reportFailure(error, accept, node));
                }
            } catch (error) {
                this.reportFailure(error, accept, node);
            }
            return undefined;
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

    /** As Langium's `handleException`, without the await: the failure is reported where the check ran. */
    private reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) {
            throw error;
        }
        const messageContext = 'An error occurred during validation';
        console.error(`${messageContext}:`, error);
        if (error instanceof Error && error.stack) {
            console.error(error.stack);
        }
        const messageDetails = error instanceof Error ? error.message : String(error);
        accept('error', `${messageContext}: ${messageDetails}`, { node });
    }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
    return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
