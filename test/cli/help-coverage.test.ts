/**
 * `journey --help` and `journey <command> --help` cover every command and every option the
 * parser knows (read from its option table, not a copy), each with an example.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { COMMAND_OPTIONS, type CommandName } from '../../cli/command-line.js';
import { ensureBuiltCli, runJourney, temporaryWorkspace } from './cli-process.js';

const commands = Object.keys(COMMAND_OPTIONS) as CommandName[];
let folder: string;

beforeAll(() => {
    ensureBuiltCli();
    folder = temporaryWorkspace({});
});

describe('help', () => {
    test('the overview names every command with its options, and has examples', async () => {
        const { code, stdout } = await runJourney(['--help'], folder);
        expect(code).toBe(0);
        for (const command of commands) {
            const usage = stdout.split('\n').filter((line, index, lines) =>
                line.startsWith(`  journey ${command} `) || (lines[index - 1]?.startsWith(`  journey ${command} `) && line.startsWith('         '))).join(' ');
            expect(usage, command).not.toBe('');
            for (const option of Object.keys(COMMAND_OPTIONS[command])) {
                expect(usage, `${command} --${option}`).toContain(`--${option}`);
            }
        }
        expect(stdout).toMatch(/\nExamples:\n( {2}journey .+\n)+/);
        expect(stdout).toContain('--version');
    });

    test.each(commands)('%s --help explains every option and shows an example that uses the command', async (command) => {
        const { code, stdout } = await runJourney([command, '--help'], folder);
        expect(code).toBe(0);
        for (const option of Object.keys(COMMAND_OPTIONS[command])) {
            // Explained: the option starts a line of the option list.
            expect(stdout, `--${option}`).toMatch(new RegExp(`^ {2}--${option}\\b`, 'm'));
        }
        const examples = /\nExamples:\n((?: {2}.+\n)+)/.exec(stdout)?.[1].trim().split('\n').map((line) => line.trim());
        expect(examples?.length, command).toBeGreaterThan(0);
        expect(examples!.every((example) => example.startsWith(`journey ${command}`))).toBe(true);
    });
});
