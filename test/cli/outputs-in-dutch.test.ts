/**
 * The CLI's own lines and its outputs in Dutch, as a real process: `"language": "nl"` in
 * journey.config.json, or `--lang nl` (which also wins over the config). Exit codes, codes and
 * file names never change with the language.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ProgressLine } from '../../cli/render/progress-line.js';
import { ensureBuiltCli, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

const journey = `persona Sam { channels Winkel }
channel Winkel { type physical }
team Winkelteam
klantreis Bezoek "Een bezoek" {
    persona Sam
    eigenaar Winkelteam
    fase Parkeren {
        contactmoment Wachten "Wacht op een plek" { score 2 kanaal Winkel eigenaar Winkelteam zintuigen visueel pijnpunt "Geen plek vrij" }
    }
}
`;

const broken = `klantreis Kapot {
    fase Een {
        contactmoment A { score 9 }
    }
}
`;

const config = '{ "language": "nl" }\n';
const workspace = workspacesRemovedAfterAll();

beforeAll(() => {
    ensureBuiltCli();
});

describe('the CLI in Dutch', () => {
    test('render: the Markdown and its diagrams in Dutch, and "geschreven" on stderr', async () => {
        const folder = workspace({ 'journey.config.json': config, 'map.journey': journey });
        const { code, stderr } = await runJourney(['render', '--format', 'markdown', '--out', 'out'], folder);
        expect(code).toBe(0);
        expect(stderr).toBe('journey: 1 bestand geschreven in out\n');
        const markdown = readFileSync(path.join(folder, 'out', 'Bezoek.md'), 'utf8');
        expect(markdown).toContain('## Actielijst\n');
        expect(markdown).toContain('- [ ] Kritiek contactmoment: Wacht op een plek — score 2 op 1..5; nog geen verbeteractie (eigenaar: Winkelteam)');
        expect(markdown).toContain('Wacht op een plek\\nWinkel\\nvisueel\\n⚠ kritiek');
        expect(markdown).toContain('accDescr: Klantreis van Sam');
        const english = await runJourney(['render', '--format', 'flow', '--lang', 'en'], folder);
        expect(english.stdout).toContain('⚠ critical');
    });

    test('checklist: --lang nl without a config; the file line in Dutch', async () => {
        const folder = workspace({ 'map.journey': journey });
        const printed = await runJourney(['checklist', '--lang', 'nl'], folder);
        expect(printed.code).toBe(0);
        expect(printed.stdout.split('\n').slice(0, 5)).toEqual([
            '# Actielijst: Een bezoek',
            '',
            '## Parkeren',
            '',
            '- [ ] Kritiek contactmoment: Wacht op een plek — score 2 op 1..5; nog geen verbeteractie (eigenaar: Winkelteam)',
        ]);
        expect((await runJourney(['checklist'], folder)).stdout).toMatch(/^# Checklist: Een bezoek\n/);
        const written = await runJourney(['checklist', '--lang', 'nl', '--out', 'ACTIES.md'], folder);
        expect(written.stderr).toBe('journey: ACTIES.md geschreven\n');
    });

    test('a refusal in Dutch: the errors as journey check prints them, then the reason; exit 1', async () => {
        const folder = workspace({ 'journey.config.json': config, 'kapot.journey': broken });
        for (const [args, reason] of [
            [['render', '--format', 'markdown'], 'niets gerenderd'],
            [['checklist'], 'geen actielijst geschreven'],
        ] as const) {
            const { code, stdout, stderr } = await runJourney(args, folder);
            expect(code).toBe(1);
            expect(stdout).toBe('');
            expect(stderr).toBe([
                'kapot.journey:3:33: error score-out-of-range: Score 9 valt buiten de schaal 1..5 van de klantreis.',
                `journey: ${reason}: de klantreizen hebben 1 fout (zie journey check)`,
                '',
            ].join('\n'));
        }
    });

    test('diff: --lang nl words the report and the lines about errors in Dutch', async () => {
        const folder = workspace({ 'old/map.journey': journey, 'new/map.journey': journey.replace('score 2', 'score 4'), 'new/kapot.journey': broken });
        const { code, stdout, stderr } = await runJourney(['diff', 'old', 'new', '--lang', 'nl'], folder);
        expect(code).toBe(1);
        expect(stdout).toContain('Bezoek › Parkeren › Wachten: score 2 → 4 (+2)\n');
        expect(stdout).toContain('Kapot: niet vergeleken: fouten in nieuw (zie hierboven)');
        expect(stderr).toContain('journey: nieuw (new) heeft 1 fout\n');
        expect(stderr).toContain('journey: klantreizen met fouten zijn niet vergeleken');
    });
});

describe('the progress line in Dutch', () => {
    test('a terminal shows it in the language the command set', async () => {
        const written: string[] = [];
        const line = new ProgressLine({ isTTY: true, write: (text) => written.push(text) > 0 });
        line.language = 'nl';
        // The line only shows once a run has taken half a second.
        await new Promise((resolve) => setTimeout(resolve, 600));
        line.update(3, 8, 'Bezoek.html');
        expect(written).toHaveLength(1);
        expect(written[0]).toMatch(/^\rbezig met renderen 3\/8 Bezoek\.html \(\d+\.\d s\)\u001b\[K$/);
    });
});
