/**
 * Starts the language worker before the page's big module has loaded (index.html runs this
 * small classic script first): the worker's start-up and first build then overlap with
 * loading the editor and mermaid, which is most of the time to the first drawing.
 */
import { EARLY_WORKER } from './start-worker-name.js';

(window as unknown as Record<string, Worker>)[EARLY_WORKER] = new Worker('language-worker.js');
