/**
 * Test support: the Chromium processes one `journey` run started. Each run gets its own
 * TMPDIR; Playwright makes the browser's profile folder there (`--user-data-dir=<TMPDIR>/...`)
 * and starts it as the leader of its own process group, so the run's browser processes are
 * those naming that folder and every process in their groups.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface ProcessInfo {
    pid: number;
    pgid: number;
    args: string;
}

/**
 * The live processes. Zombies (state Z) are left out: they have ended, and only wait for a
 * parent to collect them, which an init that does not reap (as in some containers) never does.
 */
export function allProcesses(): ProcessInfo[] {
    const listing = execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
    return listing.split('\n').filter((line) => line.trim() !== '').flatMap((line) => {
        const [, pid, pgid, state, args] = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line)!;
        return state.startsWith('Z') ? [] : [{ pid: Number(pid), pgid: Number(pgid), args }];
    });
}

/** A TMPDIR for one run, and what its browsers leave in it. */
export class RunTemporaryFolder {
    readonly path = mkdtempSync(path.join(tmpdir(), 'journey-run-tmp-'));
    private readonly profiles = new Set<string>();
    private readonly groups = new Set<number>();
    private readonly watcher: FSWatcher;

    constructor() {
        // Every browser start makes one profile folder: counting them counts browsers, even
        // one that lived only for a moment.
        this.watcher = watch(this.path, (_event, name) => {
            if (name?.startsWith('playwright_chromiumdev_profile-')) {
                this.profiles.add(name);
            }
        });
    }

    /** Profile folders seen since the start (one per browser started). */
    get browsersStarted(): number {
        return this.profiles.size;
    }

    /** The run's browser processes now; remembers their process groups for later calls. */
    browserProcesses(): ProcessInfo[] {
        const processes = allProcesses();
        for (const process of processes) {
            if (process.args.includes(this.path) && /chrom/i.test(process.args)) {
                this.groups.add(process.pgid);
            }
        }
        return processes.filter((process) => this.groups.has(process.pgid) || (process.args.includes(this.path) && /chrom/i.test(process.args)));
    }

    /** What is left in the folder (a browser closed properly removes its profile). */
    leftovers(): string[] {
        return readdirSync(this.path);
    }

    close(): void {
        this.watcher.close();
    }
}

/** Polls `condition` until it holds; throws with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}
