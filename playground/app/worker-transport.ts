/**
 * The language worker as a `@codemirror/lsp-client` transport: the client speaks JSON text,
 * the worker's BrowserMessageReader/Writer speak structured-clone objects.
 */
import type { Transport } from '@codemirror/lsp-client';

export function workerTransport(worker: Worker): Transport {
    const handlers = new Set<(message: string) => void>();
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const text = JSON.stringify(event.data);
        handlers.forEach((handler) => handler(text));
    });
    return {
        send: (message) => worker.postMessage(JSON.parse(message)),
        subscribe: (handler) => void handlers.add(handler),
        unsubscribe: (handler) => void handlers.delete(handler),
    };
}
