/**
 * Waiting by polling: the language server and the preview answer in their own time, and on a
 * busy machine that time varies. A test states what it waits for and sees why it timed out.
 */
const POLL_INTERVAL_MS = 100;

export const DEFAULT_WAIT_MS = 120_000;

/**
 * Calls `probe` until it returns something other than undefined, and returns that. Rejects
 * after `timeoutMs` with `what` and the last value `describe` made of the probe's state.
 */
export async function waitFor<T>(
    what: string,
    probe: () => T | undefined | Promise<T | undefined>,
    options: { timeoutMs?: number; lastSeen?: () => unknown } = {},
): Promise<T> {
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_WAIT_MS);
    for (;;) {
        const value = await probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            const seen = options.lastSeen ? `; last seen: ${describe(options.lastSeen())}` : '';
            throw new Error(`Timed out after ${options.timeoutMs ?? DEFAULT_WAIT_MS} ms waiting for ${what}${seen}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
}

function describe(value: unknown): string {
    const text = typeof value === 'string' ? value : JSON.stringify(value, undefined, 1);
    return text === undefined ? 'undefined' : text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}
