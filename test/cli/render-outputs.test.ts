/**
 * Rendering several outputs at once: the contents keep the outputs' order, a failure is the
 * earliest output's whatever finishes first, and the real renderer's pages draw the same
 * bytes as one page does.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CliError } from '../../cli/cli-error.js';
import type { BrowserSession } from '../../cli/render/browser-session.js';
import { DiagramRenderer } from '../../cli/render/diagram-renderer.js';
import { findChromium } from '../../cli/render/find-chromium.js';
import { Interruption } from '../../cli/render/interruption.js';
import type { JourneyOutput } from '../../cli/render/journey-outputs.js';
import { ProgressLine } from '../../cli/render/progress-line.js';
import { renderOutputs, type RenderRun } from '../../cli/render/render-outputs.js';

/** A run whose "browser" draws `pageCount` outputs at once; records how many were in flight. */
function fakeRun(pageCount: number): { run: RenderRun; interruption: Interruption } {
    const interruption = new Interruption();
    const renderer = { pageCount } as unknown as DiagramRenderer;
    const session = { renderer: () => Promise.resolve(renderer) } as unknown as BrowserSession;
    return { run: { format: 'svg', session, interruption, progress: new ProgressLine({ write: () => true }) }, interruption };
}

function output(name: string, delayMs: number, result: () => string, log: { inFlight: number; most: number; started: string[] }): JourneyOutput {
    return {
        fileName: `${name}.svg`,
        source: name,
        async render() {
            log.started.push(name);
            log.inFlight++;
            log.most = Math.max(log.most, log.inFlight);
            await new Promise((resolve) => setTimeout(resolve, delayMs));
            log.inFlight--;
            return result();
        },
    };
}

describe('renderOutputs', () => {
    test('draws as many at once as the renderer has pages, and returns the contents in the outputs\' order', async () => {
        const log = { inFlight: 0, most: 0, started: [] as string[] };
        // The first output is the slowest: it finishes last but stays first.
        const outputs = [output('A', 60, () => 'a', log), output('B', 5, () => 'b', log), output('C', 5, () => 'c', log), output('D', 5, () => 'd', log)];
        const { run, interruption } = fakeRun(2);
        try {
            expect(await renderOutputs(outputs, run)).toEqual(['a', 'b', 'c', 'd']);
        } finally {
            interruption.dispose();
        }
        expect(log.most).toBe(2);
        expect(log.started).toEqual(['A', 'B', 'C', 'D']);
    });

    test('after a failure no new output starts, and the earliest failing output is reported', async () => {
        const log = { inFlight: 0, most: 0, started: [] as string[] };
        const outputs = [
            output('A', 40, () => { throw new CliError('A broke'); }, log),
            output('B', 1, () => { throw new CliError('B broke'); }, log),
            output('C', 1, () => 'c', log),
            output('D', 1, () => 'd', log),
        ];
        const { run, interruption } = fakeRun(2);
        try {
            await expect(renderOutputs(outputs, run)).rejects.toThrow('A broke');
        } finally {
            interruption.dispose();
        }
        // B failed while A was still drawing: nothing after it was started.
        expect(log.started).toEqual(['A', 'B']);
    });
});

describe('the renderer\'s pages', () => {
    let one: DiagramRenderer;
    let three: DiagramRenderer;

    beforeAll(async () => {
        [one, three] = await Promise.all([DiagramRenderer.launch(findChromium(), 1), DiagramRenderer.launch(findChromium(), 3)]);
    }, 60_000);

    afterAll(async () => {
        await Promise.all([one?.close(), three?.close()]);
    });

    test('draw at once the same bytes as one page drawing one diagram after another', async () => {
        expect(three.pageCount).toBe(3);
        const diagrams = Array.from({ length: 6 }, (_, index) => [
            `flow-J${index}`,
            `flowchart LR\n    subgraph P${index} ["Phase ${index}"]\n        a${index}("Step ${index}") --> b${index}("Next ${index}")\n    end`,
        ] as const);
        const sequential: string[] = [];
        for (const [id, text] of diagrams) {
            sequential.push(await one.svgInline(id, text));
        }
        const parallel = await Promise.all(diagrams.map(([id, text]) => three.svgInline(id, text)));
        expect(parallel).toEqual(sequential);
        expect(sequential[5]).toContain('Next 5');
    }, 60_000);

    test('several diagrams in one round trip: each as drawn alone; the first that fails is named', async () => {
        const diagrams = [
            { id: 'journey-A', text: 'journey\n    title A\n    section Orient\n      Look around: 4: Sam' },
            { id: 'flow-A', text: 'flowchart LR\n    a("Start") --> b("End")' },
        ];
        const alone = [await one.svgInline(diagrams[0].id, diagrams[0].text), await one.svgInline(diagrams[1].id, diagrams[1].text)];
        expect(await three.svgInlineAll(diagrams)).toEqual(alone);
        expect(alone[1]).toContain('End');
        await expect(three.svgInlineAll([diagrams[1], { id: 'flow-broken', text: 'flowchart LR\n    a --> ((' }, diagrams[0]]))
            .rejects.toThrow(/diagram 'flow-broken'/);
    }, 60_000);
});
