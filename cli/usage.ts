/** The texts of `journey --help` and `journey <command> --help`. */
import packageJson from '../package.json';
import type { CommandName } from './command-line.js';

/** From package.json, bundled in by esbuild so the CLI needs no file at run time. */
export const VERSION: string = packageJson.version;

const overview = `journey ${VERSION} - check and render customer journey maps (.journey files)

Usage:
  journey check     [paths...] [--format text|json|github] [--strict]
  journey render    [paths...] --format mermaid|flow|markdown|json|svg|png|html [--out DIR] [--journey NAME]
                    [--view journey|flow] [--watch] [--lang en|nl]
  journey checklist [paths...] [--by phase|owner] [--out FILE]
  journey format    [paths...] [--check]
  journey diff      [paths...] [--base REV] [--head REV] [--format text|markdown|json] [--fail-on LIST]
  journey diff      OLD NEW [--format text|markdown|json] [--fail-on LIST]
  journey --help | --version
  journey <command> --help

Paths are files, folders (searched recursively for *.journey) or globs; default: the current
folder. All files found form one workspace, so references between files resolve.

Exit codes: 0 success; 1 the journeys have errors (check --strict: errors or warnings;
format --check: files would change; diff: a change named in --fail-on); 2 usage error,
unreadable path or no .journey file found (diff: also not a git repository, unknown revision).
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
                     [--view journey|flow] [--watch] [--lang en|nl]

Renders the journeys. Refuses (exit 1) while the workspace has errors.
  --format mermaid   Mermaid journey diagram        (--out: DIR/<Journey>.mmd)
  --format flow      Mermaid flowchart of the flow  (--out: DIR/<Journey>.flow.mmd)
  --format markdown  the journey map as Markdown    (--out: DIR/<Journey>.md)
  --format json      the resolved model             (--out: DIR/<Journey>.json)
  --format svg       the rendered diagram           (--out: DIR/<Journey>.svg)
  --format png       the diagram as a picture       (--out: DIR/<Journey>.png; needs --out)
  --format html      the journey map as one page    (--out: DIR/<Journey>.html)
  --out DIR          one file per journey in DIR (created if missing); default: stdout
  --journey NAME     only the journey with this name
  --view journey|flow  for svg and png: the journey diagram (default) or the flowchart
                     (--out: DIR/<Journey>.flow.svg, .flow.png)
  --watch            render again whenever a journey changes, until Ctrl-C (needs --out)
  --lang en|nl       the language of the Markdown (default: "language" in journey.config.json, else en)

svg, png and html render in a headless Chrome or Chromium: the one at JOURNEY_CHROMIUM, else
the system's (e.g. apt-get install chromium). Without --out, svg and html print one journey.
`,
    checklist: `Usage: journey checklist [paths...] [--by phase|owner] [--out FILE]

Prints the checklist (a Markdown task list) of every journey.
  --by phase|owner  group the tasks per phase (default) or per owner
  --out FILE        write to FILE instead of stdout
`,
    diff: `Usage: journey diff [paths...] [--base REV] [--head REV] [--format text|markdown|json] [--fail-on LIST]
       journey diff OLD NEW [--format text|markdown|json] [--fail-on LIST]

Compares the journeys of two revisions (or two folders or files) as models, not as text:
scores, averages, critical touchpoints, pains, KPIs, ... Reformatting, reordering properties
or moving a declaration to another file is no change.
  --base REV         the git revision to compare from (default HEAD)
  --head REV         the git revision to compare to (default: the working tree)
  OLD NEW            two paths and neither --base nor --head: two folders or files, no git
  --format text      one line per change, grouped by journey (default)
  --format markdown  a pull-request comment: summary, a table per journey, the emotion curves
  --format json      {version, base, head, summary, workspace, journeys} for other tools
  --fail-on LIST     exit 1 when one of these is there (comma-separated): score-drop,
                     new-critical, kpi-missed, removed-touchpoint, any

Revisions are read through git; the working tree, the index and HEAD are never touched.
Exit codes: 0 compared; 1 a --fail-on change, or journeys with errors (on stderr, not compared);
2 usage error, not a git repository, unknown revision, unreadable path.
`,
    format: `Usage: journey format [paths...] [--check]

Rewrites .journey files in the canonical layout (the editor's Format Document).
Files with syntax errors are left untouched and reported (exit 1).
  --check  write nothing; list the files that would change and exit 1
`,
};

export function helpText(topic?: CommandName): string {
    return topic ? commandHelp[topic] : overview;
}
