/** The texts of `journey --help` and `journey <command> --help`. */
import packageJson from '../package.json';
import { DEFAULT_PERSONA, type CommandName } from './command-line.js';

/** From package.json, bundled in by esbuild so the CLI needs no file at run time. */
export const VERSION: string = packageJson.version;

/**
 * The GitHub Action of this version (action.yml at the root of the repository package.json
 * names), tagged by major version: `owner/repo@v1`, as `journey init`'s workflow uses it.
 */
export const ACTION_REF = `${/github\.com\/([^/]+\/[^/.]+)/.exec(packageJson.repository.url)![1]}@v${VERSION.split('.')[0]}`;

const overview = `journey ${VERSION} - check and render customer journey maps (.journey files)

Usage:
  journey init      [DIR] [--model five-phases|four-stages] [--persona NAME]
  journey check     [paths...] [--format text|json|github] [--strict] [--lang en|nl]
  journey render    [paths...] --format mermaid|flow|markdown|json|svg|png|html [--out DIR] [--journey NAME]
                    [--view journey|flow] [--watch] [--lang en|nl]
  journey checklist [paths...] [--by phase|owner] [--out FILE] [--lang en|nl]
  journey format    [paths...] [--check]
  journey diff      [paths...] [--base REV] [--head REV] [--format text|markdown|json] [--fail-on LIST]
                    [--lang en|nl]
  journey diff      OLD NEW [--format text|markdown|json] [--fail-on LIST] [--lang en|nl]
  journey site      [paths...] --out DIR [--title TEXT] [--shard i/n|merge] [--lang en|nl]
  journey --help | --version
  journey <command> --help

Paths are files, folders (searched recursively for *.journey) or globs; default: the current
folder. All files found form one workspace, so references between files resolve.

Exit codes: 0 success; 1 the journeys have errors (check --strict: errors or warnings;
format --check: files would change; diff: a change named in --fail-on); 2 usage error,
unreadable path or no .journey file found (diff: also not a git repository, unknown revision).

Examples:
  journey init my-journeys --model four-stages --persona "Noor de Vries"
  journey check journeys --strict
  journey render journeys --format markdown --out docs/journeys
  journey diff journeys --base origin/main --format markdown

Documentation: https://github.com/${ACTION_REF.split('@')[0]}/tree/main/docs
`;

const commandHelp: Record<CommandName, string> = {
    init: `Usage: journey init [DIR] [--model five-phases|four-stages] [--persona NAME]

Starts a journey repository in DIR (default: the current folder; created if missing):
journey.config.json, journeys/shared/catalog.journey (a persona, channels, teams),
journeys/first-purchase.journey (a touchpoint per phase, with comments that teach the
language) and .github/workflows/journeys.yml (check on every push, the diff as a pull-request
comment). Never overwrites: a file that exists is skipped and named.
  --model five-phases  orientation, consideration, purchase, delivery and use, loyalty (default)
  --model four-stages  awareness, consideration, purchase, retention
  --persona NAME       the customer of the first journey (default ${DEFAULT_PERSONA}); a text such as
                       "Noor de Vries" becomes the persona NoorDeVries titled "Noor de Vries"

Examples:
  journey init
  journey init my-journeys --model four-stages --persona "Noor de Vries"
`,
    check: `Usage: journey check [paths...] [--format text|json|github] [--strict] [--lang en|nl]

Checks the journeys and prints every diagnostic.
  --format text    path:line:column: severity code: message, then a summary (default)
  --format json    a JSON array of {file, line, column, endLine, endColumn, severity, code, message}
  --format github  GitHub Actions annotations (::error, ::warning, ::notice)
  --strict         exit 1 on warnings too, not only on errors
  --lang en|nl     the language of the messages and the summary (default: "language" in
                   journey.config.json, else en); codes and severities stay as they are

Examples:
  journey check journeys --strict
  journey check 'maps/**/*.journey' --format json > diagnostics.json
  journey check journeys --lang nl
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
  --lang en|nl       the language of the outputs' words (the Markdown, the HTML map, the diagrams'
                     marks and text alternatives) and of the CLI's lines (default: each journey's
                     "language" in journey.config.json, else en); codes and JSON keys never change

svg, png and html render in a headless Chrome or Chromium: the one at JOURNEY_CHROMIUM, else
the system's (e.g. apt-get install chromium). Without --out, svg and html print one journey.

Examples:
  journey render journeys --format markdown --out docs/journeys
  journey render journeys --format svg --view flow --journey FirstPurchase --out docs/journeys
  journey render journeys --format html --out docs/journeys --watch
`,
    checklist: `Usage: journey checklist [paths...] [--by phase|owner] [--out FILE] [--lang en|nl]

Prints the checklist (a Markdown task list) of every journey.
  --by phase|owner  group the tasks per phase (default) or per owner
  --out FILE        write to FILE instead of stdout
  --lang en|nl      the language of the checklist and of the CLI's lines (default: each
                    journey's "language" in journey.config.json, else en)

Examples:
  journey checklist journeys --by owner --out CHECKLIST.md
  journey checklist journeys --lang nl
`,
    diff: `Usage: journey diff [paths...] [--base REV] [--head REV] [--format text|markdown|json] [--fail-on LIST]
                          [--lang en|nl]
       journey diff OLD NEW [--format text|markdown|json] [--fail-on LIST] [--lang en|nl]

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
  --lang en|nl       the language of the text and Markdown reports and of the CLI's lines
                     (default: the "language" of the head's journey.config.json files when
                     they agree, else en); the JSON's keys and the change kinds never change

Revisions are read through git; the working tree, the index and HEAD are never touched.
Exit codes: 0 compared; 1 a --fail-on change, or journeys with errors (on stderr, not compared);
2 usage error, not a git repository, unknown revision, unreadable path.

Examples:
  journey diff journeys
  journey diff journeys --base origin/main --head HEAD --format markdown --fail-on score-drop,new-critical
  journey diff old-maps new-maps --format json
  journey diff journeys --format markdown --lang nl
`,
    site: `Usage: journey site [paths...] --out DIR [--title TEXT] [--shard i/n|merge] [--lang en|nl]

Builds the journey portfolio: a static site of every journey, persona and team, for a
browser from file:// or any web server (relative links only, no request to anywhere).
Refuses (exit 1) while the workspace has errors.
  --out DIR         the site's folder (created if missing):
                      index.html           every journey: sortable, filterable; the search
                      journeys/<Journey>.html  the HTML journey map, diagrams drawn in
                      personas/<Persona>.html, teams/<Team>.html
                      channels.html        channel x phase: touchpoints and average score
                      improvements.html    the board by status; kpis.html the KPI board
                      site.css, site.js    the one stylesheet and the one small script
  --title TEXT      the site's name in every page's bar (default: Journey portfolio, in
                    Dutch Klantreisportfolio)
  --shard i/n       only the i-th of n parts of the journey pages (sorted by name, every
                    n-th), for a CI job matrix; writes no index pages
  --shard merge     only the pages across journeys (index, personas, teams, boards, css, js):
                    the last job, after the n parts; the union is the full site
  --lang en|nl      the language of every page and of the CLI's lines (default: the
                    "language" of the journey.config.json files when they agree, else en)

Journey maps are drawn in one headless Chrome or Chromium per run (JOURNEY_CHROMIUM, else
the system's). On a terminal a progress line shows the maps drawn / total and the time.

Examples:
  journey site journeys --out public
  journey site journeys --out public --title "Our customer journeys"
  journey site journeys --out public --shard 1/4
  journey site journeys --out public --shard merge
  journey site journeys --out public --lang nl
`,
    format: `Usage: journey format [paths...] [--check]

Rewrites .journey files in the canonical layout (the editor's Format Document).
Files with syntax errors are left untouched and reported (exit 1).
  --check  write nothing; list the files that would change and exit 1

Examples:
  journey format journeys
  journey format journeys --check
`,
};

export function helpText(topic?: CommandName): string {
    return topic ? commandHelp[topic] : overview;
}
