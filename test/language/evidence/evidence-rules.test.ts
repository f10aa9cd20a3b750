/**
 * Every evidence diagnostic of the contract, where it is reported, fires and stays silent;
 * the model's measured fields; quick fix, completion and hover; changes to a CSV file.
 */
import { URI } from 'langium';
import { beforeEach, describe, expect, test } from 'vitest';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { diagnosticsOf, type DiagnosticSummary } from '../../helpers/journey-workspace.js';
import { EvidenceWorkspace } from './evidence-workspace.js';

const MAP = '/w/maps/diy.journey';
const CSV = '/w/maps/data/exit.csv';

/** Line 1.. of the journey; positions in the tests count on these lines. */
const journey = (touchpoints: string, kpis = '', datasetBody = 'file "data/exit.csv"') => `dataset Exit "Exit survey" { ${datasetBody} }
persona Sam
journey Diy {
    persona Sam
    phase Visit {
${touchpoints}
    }
${kpis}
}
`;
const survey = ['Parking;Checkout;Coffee;quick', '2;5;4,5;ja', '1;5;5;nee', '2;4;4;j', '1;5;4;ja', '2;5;5;ja', ''].join('\r\n');

let workspace: EvidenceWorkspace;
beforeEach(() => {
    workspace = new EvidenceWorkspace();
});

async function check(files: Record<string, string>): Promise<DiagnosticSummary[]> {
    const documents = await workspace.build(files);
    return diagnosticsOf(documents[MAP]).filter((diagnostic) => !['missing-channel'].includes(diagnostic.code));
}

const at = (diagnostic: DiagnosticSummary) => `${diagnostic.code} ${diagnostic.line}:${diagnostic.column}-${diagnostic.endColumn}`;

describe('dataset-not-found and invalid-dataset, at the file string', () => {
    test('a missing file', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Parking { score 2 measured Exit "Parking" }') });
        expect(found.map(at)).toContain('dataset-not-found 1:35-50');
        expect(found.find((d) => d.code === 'dataset-not-found')!.message).toMatch(/cannot read '.*exit\.csv'/);
    });

    test('a path outside the workspace or absolute', async () => {
        for (const file of ['../../outside.csv', '/etc/passwd']) {
            const found = await check({ [MAP]: journey('', '', `file "${file}"`), '/outside.csv': 'a\n1\n' });
            const diagnostic = found.find((d) => d.code === 'dataset-not-found');
            expect(diagnostic?.message).toMatch(file.startsWith('/') ? /absolute path/ : /outside the workspace/);
        }
    });

    test('no file at all is reported at the name', async () => {
        const found = await check({ [MAP]: journey('', '', 'scale 1..5') });
        expect(found.map(at)).toContain('dataset-not-found 1:9-13');
    });

    test('a broken CSV names its line, and the journey is still checked', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Parking { score 1 }'), [CSV]: 'a,b\n1,"2\n' });
        expect(found.map(at)).toContain('invalid-dataset 1:35-50');
        expect(found.find((d) => d.code === 'invalid-dataset')!.message).toMatch(/a quoted cell that starts on line 2 is never closed/);
        expect(found.map((d) => d.code)).toContain('critical-touchpoint');
    });

    test('a good file: silent', async () => {
        const found = await check({ [MAP]: journey(''), [CSV]: survey });
        expect(found.filter((d) => d.code.includes('dataset'))).toEqual([]);
    });
});

describe('column diagnostics, at the column string', () => {
    test('unknown-column with the closest names, and a quick fix to the closest', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Checkout { score 4 measured Exit "Chekout" }'), [CSV]: survey });
        const unknown = found.find((d) => d.code === 'unknown-column')!;
        expect(at(unknown)).toBe('unknown-column 6:53-62');
        expect(unknown.message).toMatch(/has no column 'Chekout'.*Did you mean 'Checkout'\?/);
        const document = workspace.services.shared.workspace.LangiumDocuments.getDocument(URI.file(MAP))!;
        const diagnostic = document.diagnostics!.find((d) => d.code === 'unknown-column')!;
        const actions = await workspace.services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
        }) as CodeAction[];
        expect(actions.map((action) => [action.title, action.isPreferred, action.edit!.changes![document.uri.toString()][0].newText])).toEqual([
            ["Change to column 'Checkout'", true, '"Checkout"'],
        ]);
    });

    test('invalid-answer counts the cells and names the first one\'s CSV line and text; few-answers under 5', async () => {
        const csv = 'Parking;Other\n4;a\n9;b\nn.v.t.;c\n3;d\n';
        const found = await check({ [MAP]: journey('        touchpoint Parking { score 4 measured Exit "Parking" }'), [CSV]: csv });
        const invalid = found.find((d) => d.code === 'invalid-answer')!;
        expect(at(invalid)).toBe('invalid-answer 6:52-61');
        expect(invalid.severity).toBe('warning');
        expect(invalid.message).toBe("Column 'Parking': 2 cells are not answers on the dataset's scale 1..5 and not counted; the first: '9' on CSV line 3.");
        const few = found.find((d) => d.code === 'few-answers')!;
        expect([at(few), few.severity, few.message]).toEqual(['few-answers 6:52-61', 'info', "Only 2 answers in column 'Parking' (fewer than 5): the measured score says little yet."]);
    });

    test('five valid answers: neither invalid-answer nor few-answers', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Checkout { score 4 measured Exit "Checkout" }'), [CSV]: survey });
        expect(found.map((d) => d.code)).toEqual([]);
    });

    test('a share takes yes/no cells: a number other than 1 or 0 is invalid', async () => {
        const found = await check({
            [MAP]: journey('        touchpoint Parking { score 2 }', '    kpi Quick { at Parking threshold >= 50 measured Exit "quick" share }'),
            [CSV]: 'quick;x\nja;1\n7;1\nnee;1\nj;1\nyes;1\nx;1\n',
        });
        expect(found.find((d) => d.code === 'invalid-answer')?.message).toBe("Column 'quick': 1 cell is not a yes or no and not counted; the first: '7' on CSV line 3.");
    });

    test('an unknown aggregate; share is for KPIs', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Parking { score 2 measured Exit "Parking" share }'), [CSV]: survey });
        expect(found.find((d) => d.code === 'unknown-value')?.message).toMatch(/Unknown aggregate 'share' for a touchpoint/);
    });
});

describe('score-drift and critical-touchpoint by evidence, at the score', () => {
    test('assumed 5, measured 1.6 on 1..5: drift, and critical by the measured score', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Parking { score 5 measured Exit "Parking" }'), [CSV]: survey });
        expect(found.map(at)).toEqual(['critical-touchpoint 6:36-37', 'score-drift 6:36-37']);
        expect(found[1].message).toBe("Assumed score 5 of 'Parking' is far from the measured 1.6 (5 answers) on 1..5: they differ by 3.4, more than a quarter of the scale (1).");
    });

    test('assumed 2, measured 1.6: no drift (within a quarter of the scale)', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Parking { score 2 measured Exit "Parking" }'), [CSV]: survey });
        expect(found.map((d) => d.code)).toEqual(['critical-touchpoint']);
    });

    test('assumed 1 (critical), measured 4.8: not critical, evidence outranks the assumption', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Checkout { score 1 measured Exit "Checkout" }'), [CSV]: survey });
        expect(found.map((d) => d.code)).toEqual(['score-drift']);
    });

    test('measured without an assumed score: critical at the column, no drift', async () => {
        const found = await check({ [MAP]: journey('        touchpoint Parking { measured Exit "Parking" }'), [CSV]: survey });
        expect(found.map(at)).toEqual(['critical-touchpoint 6:44-53']);
        expect(found[0].message).toBe("Touchpoint 'Parking' measures 1.6 on 1..5 from 5 answers, a critical score, and no improvement addresses it.");
    });

    test('a journey on -2..2 measured from 1..5 answers', async () => {
        const text = journey('        touchpoint Checkout { score -2 measured Exit "Checkout" }').replace('persona Sam\n    phase', 'persona Sam\n    scale -2..2\n    phase');
        const found = await check({ [MAP]: text, [CSV]: survey });
        expect(found.find((d) => d.code === 'score-drift')?.message).toMatch(/measured 1.8 .* on -2..2/);
    });
});

describe('kpi-missed, at the threshold', () => {
    test('a measured share under its threshold', async () => {
        const found = await check({
            [MAP]: journey('        touchpoint Parking { score 2 }', '    kpi Quick { at Parking threshold >= 90 measured Exit "quick" share }'),
            [CSV]: survey,
        });
        const missed = found.find((d) => d.code === 'kpi-missed')!;
        expect([at(missed), missed.message]).toEqual(['kpi-missed 8:38-43', "KPI 'Quick' misses its threshold >= 90: measured share 80% from 5 answers."]);
    });

    test('met, or a numeric actual that meets it: silent; a numeric actual that misses: reported', async () => {
        const kpis = (threshold: string, actual: string) => `    kpi Quick { at Parking threshold ${threshold} actual "${actual}" }`;
        expect((await check({ [MAP]: journey('        touchpoint Parking { score 2 }', kpis('<= 2', '1,5 days')) })).map((d) => d.code)).not.toContain('kpi-missed');
        expect((await check({ [MAP]: journey('        touchpoint Parking { score 2 }', kpis('>= 90', '82%')) })).map((d) => d.code)).toContain('kpi-missed');
        expect((await check({ [MAP]: journey('        touchpoint Parking { score 2 }', kpis('>= 80', '82%')) })).map((d) => d.code)).not.toContain('kpi-missed');
    });
});

describe('the model and the editor', () => {
    test('JSON fields of the contract', async () => {
        await check({
            [MAP]: journey('        touchpoint Parking { score 5 measured Exit "Parking" }', '    kpi Quick { at Parking threshold >= 90 measured Exit "quick" share }'),
            [CSV]: survey,
        });
        const model = workspace.model();
        expect(model.datasets).toEqual([{ name: 'Exit', title: 'Exit survey', file: 'data/exit.csv', scale: { min: 1, max: 5 }, rows: 5 }]);
        const touchpoint = model.journeys[0].phases[0].touchpoints[0];
        expect(touchpoint.measured).toEqual({ dataset: 'Exit', column: 'Parking', answers: 5, invalidAnswers: 0, score: 1.6, normalizedScore: 1.6 });
        expect([touchpoint.score, touchpoint.critical]).toEqual([5, true]);
        const kpi = model.journeys[0].kpis[0];
        expect([kpi.threshold, kpi.measured, kpi.met]).toEqual([{ op: '>=', value: 90 }, { dataset: 'Exit', column: 'quick', aggregate: 'share', value: 80, answers: 5 }, false]);
    });

    test('changing, deleting and adding the CSV updates the diagnostics', async () => {
        await check({ [MAP]: journey('        touchpoint Parking { score 5 measured Exit "Parking" }'), [CSV]: survey });
        const codes = () => diagnosticsOf(workspace.services.shared.workspace.LangiumDocuments.all.toArray()[0]).map((d) => d.code).filter((code) => code !== 'missing-channel');
        expect(codes()).toEqual(['critical-touchpoint', 'score-drift']);
        await workspace.change({ [CSV]: survey.replace(/^2;|\r\n1;|\r\n2;/gm, (cell) => cell.replace(/[12]/, '5')) });
        expect(codes()).toEqual([]);
        await workspace.change({ [CSV]: undefined });
        expect(codes()).toEqual(['dataset-not-found']);
        await workspace.change({ [CSV]: survey });
        expect(codes()).toEqual(['critical-touchpoint', 'score-drift']);
    });
});

describe('completion and hover', () => {
    const text = journey('        touchpoint Parking { score 5 measured Exit "Par" }');
    const position = (needle: string, after = 0) => {
        const offset = text.indexOf(needle) + after;
        const before = text.slice(0, offset).split('\n');
        return { line: before.length - 1, character: before.at(-1)!.length };
    };

    test('inside the column string: the header names, each replacing the whole string', async () => {
        const documents = await workspace.build({ [MAP]: text, [CSV]: survey });
        const completion = await workspace.services.Journey.lsp.CompletionProvider!.getCompletion(documents[MAP], {
            textDocument: { uri: documents[MAP].uri.toString() }, position: position('"Par"', 4),
        });
        const items = completion!.items.map((item) => [item.label, (item.textEdit as { newText: string }).newText]);
        expect(items).toEqual([['Parking', '"Parking"'], ['Checkout', '"Checkout"'], ['Coffee', '"Coffee"'], ['quick', '"quick"']]);
    });

    test('after `measured`: the dataset names', async () => {
        const documents = await workspace.build({ [MAP]: text, [CSV]: survey });
        const completion = await workspace.services.Journey.lsp.CompletionProvider!.getCompletion(documents[MAP], {
            textDocument: { uri: documents[MAP].uri.toString() }, position: position('Exit "Par"'),
        });
        expect(completion!.items.map((item) => item.label)).toContain('Exit');
    });

    test('hover on the column: mean, answers and a small distribution; on the touchpoint: measured beside assumed', async () => {
        const documents = await workspace.build({ [MAP]: text.replace('"Par"', '"Parking"'), [CSV]: survey });
        const hover = (needle: string, after: number) => {
            const source = documents[MAP].textDocument.getText();
            const offset = source.indexOf(needle) + after;
            return workspace.services.Journey.lsp.HoverProvider!.getHoverContent(documents[MAP], {
                textDocument: { uri: documents[MAP].uri.toString() }, position: documents[MAP].textDocument.positionAt(offset),
            });
        };
        const column = (await hover('"Parking"', 2)) as { contents: { value: string } };
        expect(column.contents.value).toContain('**Mean:** 1.6 on 1..5');
        expect(column.contents.value).toContain('**Answers:** 5');
        // Answers 2, 1, 2, 1, 2: three 2s (the longest bar), two 1s.
        expect(column.contents.value).toContain('```text\n1 █████████████ 2\n2 ████████████████████ 3\n3  0\n4  0\n5  0\n```');
        const touchpoint = (await hover('Parking {', 1)) as { contents: { value: string } };
        expect(touchpoint.contents.value).toMatch(/\*\*Score:\*\* 5 .*\(assumed\)/);
        expect(touchpoint.contents.value).toContain('**Measured:** 1.6 on 1..5 from 5 answers');
    });
});
