/**
 * The checklist view reads the checklist generator's Markdown into blocks of plain text: the
 * reader sees each title exactly as written, and no Markdown or HTML in a title becomes markup.
 */
import { describe, expect, test } from 'vitest';
import { inlineText, parseChecklist } from '../../extension/preview/webview/checklist-markdown.js';
import { generateChecklist } from '../../language/generators/checklist.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import { buildDocument } from '../helpers/journey-workspace.js';

const hostileTitles = [
    '<script>alert(1)</script>',
    '**bold** _em_ `code` [link](javascript:alert(1))',
    '# not a heading & <b>not bold</b>',
    'back\\\\slash | pipe ~strike~',
];

describe('a checklist with hostile titles', async () => {
    const text = [
        'team Ops "Operations"',
        'channel Shop "Shop" { type physical }',
        'journey J "Journey" {',
        `    phase P "${hostileTitles[2]}" {`,
        `        touchpoint T "${hostileTitles[0]}" {`,
        '            channel Shop senses visual owner Ops score 1',
        `            opportunity "${hostileTitles[3]}"`,
        '        }',
        '    }',
        '    improvement Fix "Done already" { for T status done owner Ops }',
        `    kpi K "${hostileTitles[1]}" { at T owner Ops }`,
        '}',
    ].join('\n');
    const document = await buildDocument(text);
    const model = buildWorkspaceModel(document.parseResult.value.elements);
    const markdown = generateChecklist(model.journeys[0], model);
    const blocks = parseChecklist(markdown);

    test('headings and tasks come out in order, with their done state', () => {
        expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Checklist: Journey' });
        expect(blocks[1]).toEqual({ kind: 'heading', level: 2, text: hostileTitles[2] });
        const tasks = blocks.filter((block) => block.kind === 'task');
        expect(tasks.length).toBeGreaterThan(2);
        expect(tasks[0]).toMatchObject({ done: true, text: expect.stringContaining('Done already') });
        expect(tasks.slice(1).every((task) => task.kind === 'task' && !task.done)).toBe(true);
    });

    test('every title reads exactly as written', () => {
        const all = blocks.map((block) => block.text).join('\n');
        // The title as the parser gives it: `\\` in the file is one backslash.
        for (const title of hostileTitles.map((written) => written.replace(/\\\\/g, '\\'))) {
            expect(all).toContain(title);
        }
    });
});

describe('inline Markdown as text', () => {
    test('backslash escapes and the generator\'s entities are decoded, nothing else is interpreted', () => {
        expect(inlineText('\\*a\\* \\_b\\_ \\[c\\] \\\\ &lt;i&gt; &amp;amp;')).toBe('*a* _b_ [c] \\ <i> &amp;');
        expect(inlineText('**stays** `as` written')).toBe('**stays** `as` written');
    });

    test('lines outside the subset stay as paragraphs of text', () => {
        expect(parseChecklist('Nothing to do: no improvements.\n\n<div>x</div>')).toEqual([
            { kind: 'paragraph', text: 'Nothing to do: no improvements.' },
            { kind: 'paragraph', text: '<div>x</div>' },
        ]);
    });
});
