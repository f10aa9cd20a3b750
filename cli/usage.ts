/** The texts of `journey --help` and `journey <command> --help`. */
import packageJson from '../package.json';
import type { CommandName } from './command-line.js';

/** From package.json, bundled in by esbuild so the CLI needs no file at run time. */
export const VERSION: string = packageJson.version;

const overview = `journey ${VERSION} - check and render customer journey maps (.journey files)

Usage:
  journey check     [paths...] [--format text|json|github] [--strict]
  journey render    [paths...] --format mermaid|flow|markdown|json|svg|png|html [--out DIR] [--journey NAME]
  journey checklist [paths...] [--by phase|owner] [--out FILE]
  journey format    [paths...] [--check]
  journey --help | --version
  journey <command> --help

Paths are files, folders (searched recursively for *.journey) or globs; default: the current
folder. All files found form one workspace, so references between files resolve.

Exit codes: 0 success; 1 the journeys have errors (check --strict: errors or warnings;
format --check: files would change); 2 usage error, unreadable path or no .journey file found.
`;

const commandHelp: Record<CommandName, string> = {
    check: `Usage: journey check [paths...] [--format text|json|github] [--strict]

Checks the journeys and prints every diagnostic.
  --format text    path:line:column: severity code: message, then a summary (default)
  --format json    a JSON array of {file, line, column, endLine, endColumn, severity, code, message}
  --format github  GitHub Actions annotations (::error, ::warning, ::notice)
  --strict         exit 1 on warnings too, not only on errors
`,
    render: `Usage: journey render [paths...] --format mermaid|flow|markdown|json|svg|png|html [--out DIR] [--journey NAME]

Renders the journeys. Refuses (exit 1) while the workspace has errors.
  --format mermaid   Mermaid journey diagram        (--out: DIR/<Journey>.mmd)
  --format flow      Mermaid flowchart of the flow  (--out: DIR/<Journey>.flow.mmd)
  --format markdown  the journey map as Markdown    (--out: DIR/<Journey>.md)
  --format json      the resolved model             (--out: DIR/<Journey>.json)
  --format svg|png|html  not available yet
  --out DIR          one file per journey in DIR (created if missing); default: stdout
  --journey NAME     only the journey with this name
`,
    checklist: `Usage: journey checklist [paths...] [--by phase|owner] [--out FILE]

Prints the checklist (a Markdown task list) of every journey.
  --by phase|owner  group the tasks per phase (default) or per owner
  --out FILE        write to FILE instead of stdout
`,
    format: `Usage: journey format [paths...] [--check]

Formats .journey files in place. Not available yet.
  --check  only report the files that would change (exit 1)
`,
};

export function helpText(topic?: CommandName): string {
    return topic ? commandHelp[topic] : overview;
}
