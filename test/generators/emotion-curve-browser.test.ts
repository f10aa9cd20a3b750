/**
 * The emotion curve of a journey with evidence, in headless Chromium: two lines (measured,
 * solid; assumed, dashed) through the right points, the number of answers above each measured
 * point, and a legend. A screenshot goes to test-results/emotion-curve/ to be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateHtmlJourneyMap } from '../../language/generators/html-journey-map.js';
import { EvidenceWorkspace } from '../language/evidence/evidence-workspace.js';

const resultsFolder = fileURLToPath(new URL('../../test-results/emotion-curve/', import.meta.url));

/** Assumed 4, 5, 2, 3; measured 1.4 (5 answers), 4.8 (5), none, 3.0 (4); on 1..5. */
const journey = `dataset Exit { file "data/exit.csv" }
persona Sam
journey Diy "Saturday at the DIY store" {
    persona Sam
    phase Visit "Store visit" {
        touchpoint Parking "Parks the car" { score 4 measured Exit "Parking" }
        touchpoint Advice "Asks for advice" { score 5 measured Exit "Advice" }
    }
    phase Purchase "Purchase" {
        touchpoint Checkout "Pays" { score 2 }
        touchpoint IceCream "Ice cream" { score 3 measured Exit "IceCream" }
    }
    improvement Signs { for Parking, Checkout status planned }
}
`;
const csv = 'Parking;Advice;IceCream\n1;5;3\n2;5;3\n1;4;\n2;5;3\n1;5;3\n';

let browser: Browser;
beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    mkdirSync(resultsFolder, { recursive: true });
});
afterAll(async () => {
    await browser?.close();
});

test('two lines, answers per point and a legend', async () => {
    const workspace = new EvidenceWorkspace();
    await workspace.build({ '/w/diy.journey': journey, '/w/data/exit.csv': csv });
    const model = workspace.model();
    const file = join(resultsFolder, 'two-lines.html');
    writeFileSync(file, generateHtmlJourneyMap(model.journeys[0], model, { journey: '', flow: '' }));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    const curve = page.locator('#emotion-curve svg.jm-curve');
    await expect(curve.count()).resolves.toBe(1);

    const lines = await curve.evaluate((svg) => {
        const pointsOf = (selector: string) => Array.from(svg.querySelectorAll<SVGPolylineElement>(selector)).map((line) => ({
            points: line.getAttribute('points')!.split(' ').length,
            dashed: getComputedStyle(line).strokeDasharray !== 'none',
            visible: line.getBoundingClientRect().width > 0,
            y: line.getAttribute('points')!.split(' ').map((point: string) => Number(point.split(',')[1])),
        }));
        return { measured: pointsOf('polyline.jm-curve-line-measured'), assumed: pointsOf('polyline.jm-curve-line-assumed') };
    });
    // The measured line breaks at Checkout (no answers): two runs, of 2 points and of 1 (not drawn); the assumed line runs through all 4.
    expect(lines.measured.map(({ points, dashed, visible }) => ({ points, dashed, visible }))).toEqual([{ points: 2, dashed: false, visible: true }]);
    expect(lines.assumed.map(({ points, dashed, visible }) => ({ points, dashed, visible }))).toEqual([{ points: 4, dashed: true, visible: true }]);
    // Measured Parking (1.4) is drawn far below assumed Parking (4); measured Advice (4.8) near assumed 5.
    const [parkingMeasured, adviceMeasured] = lines.measured[0].y;
    const [parkingAssumed, adviceAssumed] = lines.assumed[0].y;
    expect(parkingMeasured - parkingAssumed).toBeGreaterThan(80);
    expect(Math.abs(adviceMeasured - adviceAssumed)).toBeLessThan(10);

    const answers = await curve.locator('text.jm-curve-answers').allTextContents();
    expect(answers).toEqual(['n=5', 'n=5', 'n=4']);
    await expect(curve.locator('.jm-curve-legend').textContent()).resolves.toBe('measured (n = answers)assumed');
    const tooltip = await curve.locator('circle title').first().textContent();
    expect(tooltip).toBe('1. Parks the car: measured 1.4 on 1..5 from 5 answers, assumed 4 (critical)');
    await curve.screenshot({ path: join(resultsFolder, 'two-lines.png') });
    await page.close();
}, 60_000);
