/**
 * `npm run bench:site`: the real CLI builds the portfolio (`journey site`, diagrams drawn in
 * one Chromium) of a synthetic workspace of 20 and of 200 journeys, 15 touchpoints each (3
 * phases x 5, so 200 journeys hold 3,000 touchpoints), over 6 channels and 4 teams. Prints
 * the time per size, per journey, and whether 200 journeys stay under 30 s.
 * Options: --sizes 20,200
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const LIMIT_MS = 30_000;
const root = process.env.BENCH_ROOT ?? process.cwd();
const cli = join(root, 'out', 'cli.cjs');
const CHANNELS = ['Web', 'App', 'Store', 'Phone', 'Email', 'Chat'];
const TEAMS = ['Sales', 'Service', 'Logistics', 'Marketing'];

function sizes(): number[] {
    const index = process.argv.indexOf('--sizes');
    return (index >= 0 ? process.argv[index + 1] : '20,200').split(',').map(Number);
}

function workspaceText(journeys: number): string {
    const lines = [
        'persona Buyer "Buyer" { channels Web }',
        'persona Pro "Professional" { channels App }',
        ...CHANNELS.map((channel) => `channel ${channel} "${channel} channel"`),
        ...TEAMS.map((team) => `team ${team} "${team} team"`),
    ];
    for (let index = 0; index < journeys; index++) {
        const phases = ['Orient', 'Buy', 'Use'].map((phase, phaseIndex) => {
            const touchpoints = [0, 1, 2, 3, 4].map((touchpoint) => {
                const n = index + phaseIndex * 5 + touchpoint;
                return `        touchpoint T${phaseIndex}_${touchpoint} "Step ${touchpoint + 1} of ${phase} in journey ${index}" { channel ${CHANNELS[n % CHANNELS.length]} owner ${TEAMS[n % TEAMS.length]} score ${(n % 5) + 1} pain "Pain ${n}" }`;
            });
            return `    phase ${phase} "${phase}" {\n${touchpoints.join('\n')}\n    }`;
        });
        lines.push(`journey J${index} "Journey ${index}" {\n    persona ${index % 2 === 0 ? 'Buyer' : 'Pro'}\n    owner ${TEAMS[index % TEAMS.length]}\n${phases.join('\n')}\n    improvement Fix "Fix it" { for T0_0 owner ${TEAMS[index % TEAMS.length]} status ${['idea', 'planned', 'doing', 'done'][index % 4]} }\n    kpi Nps "NPS" { at T2_4 actual "${index % 10}" threshold >= 5 }\n}`);
    }
    return `${lines.join('\n')}\n`;
}

const results: { journeys: number; ms: number }[] = [];
for (const journeys of sizes()) {
    const folder = mkdtempSync(join(tmpdir(), 'journey-site-bench-'));
    try {
        writeFileSync(join(folder, 'workspace.journey'), workspaceText(journeys));
        const started = performance.now();
        const run = spawnSync(process.execPath, [cli, 'site', '.', '--out', 'site'], { cwd: folder, encoding: 'utf8' });
        const ms = performance.now() - started;
        if (run.status !== 0) {
            throw new Error(`journey site failed at ${journeys} journeys: ${run.stderr.trim()}`);
        }
        results.push({ journeys, ms });
        console.log(`site: ${journeys} journeys (${journeys * 15} touchpoints): ${(ms / 1000).toFixed(1)} s, ${(ms / journeys).toFixed(0)} ms per journey`);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
const largest = results.find((result) => result.journeys === 200);
if (largest) {
    console.log(`site: 200 journeys in ${(largest.ms / 1000).toFixed(1)} s: ${largest.ms < LIMIT_MS ? 'under' : 'NOT under'} the ${LIMIT_MS / 1000} s limit`);
}
console.log(`site: load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
