/**
 * The workbench test (Playwright against code-server): run by scripts/e2e/run-code-server-e2e.mjs,
 * which starts code-server and hands over its URL and a workspace; not part of the plain `vitest run`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        root: fileURLToPath(new URL('../..', import.meta.url)),
        include: ['test/e2e/workbench/**/*.test.ts'],
        // One browser on a busy 2-core machine, a workbench that starts an extension host and a language server.
        testTimeout: 300_000,
        hookTimeout: 180_000,
        fileParallelism: false,
    },
});
