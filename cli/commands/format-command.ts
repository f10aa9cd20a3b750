/**
 * `journey format [paths...] [--check]`: the language server's formatter over files.
 *
 * - Without `--check`, every file not in the canonical layout is rewritten in place
 *   (atomically); the rewritten files are listed on stdout.
 * - With `--check` nothing is written: the files that would change are listed on stdout and
 *   the exit code is 1 (as `prettier --check`), 0 when every file is formatted.
 * - A file with syntax errors is never touched: its first syntax error is printed on stderr
 *   (`path:line:column: error syntax: ... (not formatted)`), the other files are still
 *   formatted, and the exit code is 1, so CI does not pass a file it could not check.
 * - The summary on stderr counts every file given, those that could not be formatted too.
 */
import { JourneyFormatter } from '../../language/lsp/journey-formatter.js';
import { plural } from '../../language/lsp/message-words.js';
import type { CliIo } from '../cli-io.js';
import { diagnosticLine } from '../diagnostic-formats.js';
import { ExitCode } from '../exit-code.js';
import { workspaceDiagnostics } from '../file-diagnostics.js';
import type { JourneyFile, LoadedWorkspace } from '../load-workspace.js';
import { loadJourneyWorkspace } from './journey-input.js';
import { rewriteInPlace } from './rewrite-in-place.js';

export interface FormatOptions {
    paths: string[];
    check: boolean;
}

interface FormattedFile {
    file: JourneyFile;
    original: string;
    formatted: string;
}

export async function runFormat(options: FormatOptions, io: CliIo): Promise<ExitCode> {
    const workspace = await loadJourneyWorkspace(options.paths, io.cwd, 'syntax');
    const { changed, total, unformattable } = formatWorkspace(workspace, io);
    const counts = { total, unformattable };
    const done = options.check ? reportChanges(changed, counts, io) : await writeChanges(changed, counts, io);
    return done && unformattable === 0 ? ExitCode.Success : ExitCode.JourneyErrors;
}

/** Every file given, and how many of them have syntax errors and so cannot be formatted. */
interface FileCounts {
    total: number;
    unformattable: number;
}

/** Formats every file in memory; a file that cannot be formatted gets one line on stderr. */
function formatWorkspace(workspace: LoadedWorkspace, io: CliIo) {
    const formatter = journeyFormatter(workspace);
    const syntaxErrors = workspaceDiagnostics(workspace).filter((diagnostic) => diagnostic.code === 'syntax');
    const files = [...workspace.files].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
    const changed: FormattedFile[] = [];
    let unformattable = 0;
    for (const file of files) {
        const formatted = formatter.formattedText(file.document);
        if (formatted === undefined) {
            unformattable++;
            const error = syntaxErrors.find((diagnostic) => diagnostic.file === file.displayPath);
            io.stderr(error ? `${diagnosticLine(error)} (not formatted)` : `journey: not formatting '${file.displayPath}': it cannot be read as a journey file`);
            continue;
        }
        const original = file.document.textDocument.getText();
        if (formatted !== original) {
            changed.push({ file, original, formatted });
        }
    }
    return { changed, total: files.length, unformattable };
}

/** `--check`: lists the files that would change; true when there are none. */
function reportChanges(changed: readonly FormattedFile[], counts: FileCounts, io: CliIo): boolean {
    for (const { file } of changed) {
        io.stdout(`${file.displayPath}\n`);
    }
    io.stderr(changed.length > 0
        ? `journey: ${changed.length} of ${plural(counts.total, 'file')} not formatted (run journey format)${syntaxErrorNote(counts)}`
        : allFormattedLine(counts));
    return changed.length === 0;
}

/** Rewrites the changed files and lists them; false when a file changed on disk meanwhile and was left alone. */
async function writeChanges(changed: readonly FormattedFile[], counts: FileCounts, io: CliIo): Promise<boolean> {
    let written = 0;
    let skipped = 0;
    for (const { file, original, formatted } of changed) {
        if (await rewriteInPlace(file.absolutePath, original, formatted, io.cwd)) {
            io.stdout(`${file.displayPath}\n`);
            written++;
        } else {
            skipped++;
            io.stderr(`journey: not formatting '${file.displayPath}': it changed while it was being formatted`);
        }
    }
    if (written > 0) {
        io.stderr(`journey: formatted ${written} of ${plural(counts.total, 'file')}${syntaxErrorNote(counts)}`);
    } else if (skipped === 0) {
        io.stderr(allFormattedLine(counts));
    } else if (counts.unformattable > 0) {
        io.stderr(`journey: ${plural(counts.unformattable, 'file')} not formatted: fix the syntax errors first (see journey check)`);
    }
    return skipped === 0;
}

/** Nothing (left) to format: the files that could be formatted already are. */
function allFormattedLine(counts: FileCounts): string {
    const { total, unformattable } = counts;
    if (unformattable === total) {
        return `journey: ${plural(unformattable, 'file')} not formatted: fix the syntax errors first (see journey check)`;
    }
    if (unformattable === 0) {
        return `journey: ${plural(total, 'file')} checked, all formatted`;
    }
    return `journey: ${plural(total, 'file')} checked, ${total - unformattable} already formatted${syntaxErrorNote(counts)}`;
}

function syntaxErrorNote(counts: FileCounts): string {
    return counts.unformattable > 0 ? `; ${counts.unformattable} not formatted (syntax errors: see journey check)` : '';
}

/** The formatter of the services the workspace was loaded with: the one the editor uses. */
function journeyFormatter(workspace: LoadedWorkspace): JourneyFormatter {
    const formatter = workspace.services.lsp.Formatter;
    if (!(formatter instanceof JourneyFormatter)) {
        throw new Error('the journey formatter is not registered');
    }
    return formatter;
}
