/** Which browser renders: JOURNEY_CHROMIUM, else PATH, else the usual locations; none -> one line on how to get one. */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CliError } from '../../cli/cli-error.js';
import { ExitCode } from '../../cli/exit-code.js';
import { findChromium } from '../../cli/render/find-chromium.js';
import { removeWorkspace, temporaryWorkspace } from './cli-process.js';

const root = temporaryWorkspace({});
afterAll(() => removeWorkspace(root));

function executable(relativePath: string): string {
    const file = path.join(root, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return file;
}

function failureOf(find: () => string): CliError {
    try {
        find();
    } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return error as CliError;
    }
    throw new Error('no failure');
}

describe('findChromium', () => {
    test('JOURNEY_CHROMIUM wins over PATH and the usual locations', () => {
        const chosen = executable('chosen/my-chrome');
        const onPath = executable('bin-a/chromium');
        expect(findChromium({ JOURNEY_CHROMIUM: chosen, PATH: path.dirname(onPath) }, [onPath])).toBe(chosen);
    });

    test('a JOURNEY_CHROMIUM that is not an executable file is an error, even when another browser exists', () => {
        const onPath = executable('bin-b/chromium');
        writeFileSync(path.join(root, 'not-executable'), 'text');
        for (const chosen of ['/nonexistent/chromium', path.join(root, 'not-executable'), root]) {
            const failure = failureOf(() => findChromium({ JOURNEY_CHROMIUM: chosen, PATH: path.dirname(onPath) }, [onPath]));
            expect(failure.exitCode).toBe(ExitCode.UsageError);
            expect(failure.message).toBe(`JOURNEY_CHROMIUM is '${chosen}', which is not an executable file: install Chromium (apt-get install chromium) or set JOURNEY_CHROMIUM to the path of a Chrome or Chromium executable`);
        }
    });

    test('PATH: the first folder holding a known browser name', () => {
        const empty = path.join(root, 'bin-empty');
        mkdirSync(empty, { recursive: true });
        const chrome = executable('bin-c/google-chrome');
        executable('bin-d/chromium');
        const pathVariable = [empty, path.dirname(chrome), path.join(root, 'bin-d')].join(path.delimiter);
        expect(findChromium({ PATH: pathVariable }, [])).toBe(chrome);
    });

    test('the usual locations when PATH has none', () => {
        const installed = executable('opt/chromium');
        expect(findChromium({ PATH: path.join(root, 'bin-empty') }, ['/nonexistent/chrome', installed])).toBe(installed);
    });

    test('none at all: exit 2 and one line that says how to install one', () => {
        const failure = failureOf(() => findChromium({ PATH: path.join(root, 'bin-empty') }, ['/nonexistent/chrome']));
        expect(failure.exitCode).toBe(ExitCode.UsageError);
        expect(failure.message).toBe('no Chrome or Chromium found to render diagrams: install Chromium (apt-get install chromium) or set JOURNEY_CHROMIUM to the path of a Chrome or Chromium executable');
    });
});
