/**
 * The checklist as HTML, converted from the Markdown that `checklist.ts` writes, so the HTML
 * map and the `checklist` command never disagree about what is on the list. The converter
 * knows exactly the small subset the checklist uses: headings, task items and one plain
 * paragraph. Every line is unescaped from Markdown and escaped again as HTML text, so no
 * markup can come out of a title.
 */
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { checklistSections } from './checklist.js';
import { escapeHtml, unescapeMarkdown } from './html-text.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type ChecklistLabels } from '../i18n/output-labels.js';

const HEADING = /^#+ (.*)$/;
const TASK = /^- \[([ x])\] (.*)$/;

/** The label each kind of task starts with (the language's text that `checklist.ts` writes), and its class. */
function taskKinds(labels: ChecklistLabels): readonly (readonly [label: string, kind: string])[] {
    const tasks = labels.tasks;
    return [
        [tasks.improvement, 'improvement'],
        [tasks.kpi, 'kpi'],
        [tasks.critical, 'critical'],
        [tasks.senses, 'senses'],
        [tasks.painAt, 'pain'],
        [tasks.opportunityAt, 'opportunity'],
    ];
}

/** The journey's checklist, grouped per phase, as HTML headings (`h3`) and task lists. */
export function checklistHtml(journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const labels = outputLabelsIn(language).checklist;
    const html: string[] = [];
    let tasks: string[] = [];
    const closeList = (): void => {
        if (tasks.length > 0) {
            html.push(`<ul class="jm-tasks">\n${tasks.join('\n')}\n</ul>`);
            tasks = [];
        }
    };
    for (const line of checklistSections(journey, workspace, 'phase', 3, language).split('\n')) {
        const task = TASK.exec(line);
        if (task) {
            tasks.push(taskHtml(task[2], task[1] === 'x', labels));
            continue;
        }
        closeList();
        const heading = HEADING.exec(line);
        if (heading) {
            html.push(`<h3>${escapeHtml(unescapeMarkdown(heading[1]))}</h3>`);
        } else if (line.trim() !== '') {
            html.push(`<p>${escapeHtml(unescapeMarkdown(line))}</p>`);
        }
    }
    closeList();
    return html.join('\n');
}

function taskHtml(markdown: string, done: boolean, labels: ChecklistLabels): string {
    // The owner note (` (owner: `, as `checklist.ts` ends each task grouped per phase) is the
    // last one: a title may hold the same words, the note comes after it.
    const ownerNote = ` (${labels.ownerNote}`;
    const noteAt = markdown.endsWith(')') ? markdown.lastIndexOf(ownerNote) : -1;
    const body = noteAt === -1 ? markdown : markdown.slice(0, noteAt);
    const note = noteAt === -1 ? '' : markdown.slice(noteAt + ownerNote.length, -1);
    const kind = taskKinds(labels).find(([label]) => body.startsWith(label));
    const label = kind ? `<span class="jm-task-label">${escapeHtml(kind[0].trim())}</span> ` : '';
    const text = escapeHtml(unescapeMarkdown(kind ? body.slice(kind[0].length).trimStart() : body));
    const ownerHtml = note === '' ? '' : ` <span class="jm-task-owner">${escapeHtml(unescapeMarkdown(note))}</span>`;
    const classes = ['jm-task', ...(kind ? [`jm-task-${kind[1]}`] : []), ...(done ? ['jm-task-done'] : [])].join(' ');
    const box = `<span class="jm-box" role="img" aria-label="${done ? labels.done : labels.toDo}">${done ? '✓' : ''}</span>`;
    return `<li class="${classes}">${box}<span class="jm-task-text">${label}${text}${ownerHtml}</span></li>`;
}
