/** Where start-worker.js leaves the worker it started, for the page's module. */
export const EARLY_WORKER = 'journeyLanguageWorker';
