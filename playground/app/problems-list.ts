/**
 * The problems list under the editor: every diagnostic of every file (line, severity, code,
 * message), the open file's first; a click jumps there and offers the quick fixes the
 * language server has for it.
 */
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol';

export interface Problem {
    path: string;
    uri: string;
    diagnostic: Diagnostic;
}

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

export interface ProblemsListEvents {
    jump(problem: Problem): void;
    fixes(problem: Problem): Promise<CodeAction[]>;
    apply(action: CodeAction): void;
}

export class ProblemsList {
    private readonly byUri = new Map<string, Problem[]>();
    /** The problem whose quick fixes are shown: they stay while the list is drawn again. */
    private expanded: { key: string; actions: CodeAction[] } | undefined;

    constructor(private readonly host: HTMLElement, private readonly summary: HTMLElement, private readonly events: ProblemsListEvents) {}

    set(uri: string, path: string | undefined, diagnostics: readonly Diagnostic[]): void {
        if (path === undefined || diagnostics.length === 0) {
            this.byUri.delete(uri);
        } else {
            this.byUri.set(uri, diagnostics.map((diagnostic) => ({ path, uri, diagnostic })));
        }
    }

    forget(uri: string): void {
        this.byUri.delete(uri);
    }

    render(activePath: string | undefined): void {
        const problems = [...this.byUri.values()].flat().sort((a, b) => (
            Number(b.path === activePath) - Number(a.path === activePath)
            || a.path.localeCompare(b.path)
            || a.diagnostic.range.start.line - b.diagnostic.range.start.line
            || a.diagnostic.range.start.character - b.diagnostic.range.start.character
        ));
        const counts = [1, 2, 3].map((severity) => problems.filter((problem) => (problem.diagnostic.severity ?? 1) === severity).length);
        this.summary.textContent = problems.length === 0 ? 'No problems' : `${counts[0]} errors, ${counts[1]} warnings, ${counts[2]} infos`;
        this.host.replaceChildren(...problems.map((problem) => this.item(problem)));
    }

    private item(problem: Problem): HTMLElement {
        const { diagnostic } = problem;
        const severity = SEVERITIES[diagnostic.severity ?? 1] ?? 'error';
        const item = document.createElement('li');
        item.className = `problem ${severity}`;
        const button = document.createElement('button');
        button.type = 'button';
        const place = `${problem.path}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
        const code = diagnostic.code === undefined ? '' : ` ${diagnostic.code}`;
        button.append(span('severity', severity), span('place', place), span('code', code), span('message', ` ${diagnostic.message}`));
        item.dataset.key = keyOf(problem);
        button.addEventListener('click', () => {
            this.events.jump(problem);
            void this.showFixes(problem);
        });
        item.append(button);
        if (this.expanded?.key === item.dataset.key) {
            this.appendFixes(item, this.expanded.actions);
        }
        return item;
    }

    private async showFixes(problem: Problem): Promise<void> {
        const key = keyOf(problem);
        const actions = await this.events.fixes(problem).catch(() => []);
        this.expanded = { key, actions };
        // The list may have been drawn again meanwhile (a jump, new diagnostics): find the item anew.
        const item = Array.from(this.host.querySelectorAll<HTMLElement>('li.problem')).find((candidate) => candidate.dataset.key === key);
        if (item) {
            item.querySelector('.fixes')?.remove();
            this.appendFixes(item, actions);
        }
    }

    private appendFixes(item: HTMLElement, actions: readonly CodeAction[]): void {
        if (actions.length === 0) {
            return;
        }
        const fixes = document.createElement('div');
        fixes.className = 'fixes';
        for (const action of actions) {
            const fix = document.createElement('button');
            fix.type = 'button';
            fix.className = 'fix';
            fix.textContent = `Fix: ${action.title}`;
            fix.addEventListener('click', () => this.events.apply(action));
            fixes.append(fix);
        }
        item.append(fixes);
    }
}

function keyOf(problem: Problem): string {
    const { range, message, code } = problem.diagnostic;
    return `${problem.uri} ${range.start.line}:${range.start.character} ${String(code ?? '')} ${message}`;
}

function span(className: string, text: string): HTMLElement {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
}

/** Code actions that carry an edit (Langium answers commands too; the playground has none). */
export function editActions(answer: readonly (CodeAction | Command)[] | null): CodeAction[] {
    return (answer ?? []).filter((action): action is CodeAction => 'edit' in action && action.edit !== undefined);
}
