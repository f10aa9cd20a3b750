import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**'],
        // Browser and process tests start Chromium or the built CLI: give them room on 2 cores.
        testTimeout: 60_000,
        hookTimeout: 120_000,
    },
});
