/**
 * The checklist view: the server sends the checklist generator's Markdown, and this reads the
 * small subset that generator writes (headings, task items, paragraphs) into plain blocks of
 * text. The page then builds elements from them with `textContent`, so no Markdown or HTML
 * in a title can ever become markup.
 */

export type ChecklistBlock =
    | { kind: 'heading'; level: number; text: string }
    | { kind: 'task'; done: boolean; text: string }
    | { kind: 'paragraph'; text: string };

const HEADING = /^(#{1,6})\s+(.*)$/;
const TASK = /^[-*+]\s+\[([ xX])\]\s+(.*)$/;

/** The blocks of a checklist, in order; lines outside the subset are kept as paragraphs. */
export function parseChecklist(markdown: string): ChecklistBlock[] {
    const blocks: ChecklistBlock[] = [];
    for (const line of markdown.split(/\r?\n/)) {
        if (line.trim() === '') {
            continue;
        }
        const heading = HEADING.exec(line);
        const task = TASK.exec(line);
        if (heading) {
            blocks.push({ kind: 'heading', level: heading[1].length, text: inlineText(heading[2]) });
        } else if (task) {
            blocks.push({ kind: 'task', done: task[1] !== ' ', text: inlineText(task[2]) });
        } else {
            blocks.push({ kind: 'paragraph', text: inlineText(line.trim()) });
        }
    }
    return blocks;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Inline Markdown as the text a reader sees: backslash escapes and the few entities the
 * generator writes are decoded; everything else stays as written (it is shown, not parsed).
 */
export function inlineText(markdown: string): string {
    return markdown.replace(/\\([!-/:-@[-`{-~])|&(?:amp|lt|gt|quot|#39);/g, (match, escaped: string | undefined) =>
        escaped ?? ENTITIES[match]);
}

/** The blocks as elements of `document`: text only, never parsed as HTML. */
export function checklistElement(blocks: readonly ChecklistBlock[], document: Document): HTMLElement {
    const root = document.createElement('div');
    root.className = 'checklist';
    let list: HTMLUListElement | undefined;
    for (const block of blocks) {
        if (block.kind === 'task') {
            if (!list) {
                list = document.createElement('ul');
                root.append(list);
            }
            const item = document.createElement('li');
            item.className = block.done ? 'task done' : 'task';
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.checked = block.done;
            box.disabled = true;
            item.append(box, document.createTextNode(` ${block.text}`));
            list.append(item);
            continue;
        }
        list = undefined;
        const element = document.createElement(block.kind === 'heading' ? `h${block.level}` : 'p');
        element.textContent = block.text;
        root.append(element);
    }
    return root;
}
