/**
 * `engines.node` is a promise: every package `npm ci` may install (package-lock.json, on any
 * platform) must accept every Node version it names, or `npm ci` warns EBADENGINE there and the
 * promise is false. chevrotain 12/13 (under langium 4.3+) and commander 15 (under langium-cli 4.4)
 * want Node 22; package.json's `overrides` keep them out. vite (under vitest) sets the floor.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface LockEntry {
    version?: string;
    engines?: { node?: string } | string[];
    dev?: boolean;
    optional?: boolean;
}

function readJson<T>(file: string): T {
    return JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8')) as T;
}

const manifest = readJson<{ engines: { node: string } }>('package.json');
const lock = readJson<{ packages: Record<string, LockEntry> }>('package-lock.json');

/** `name@version wants node <range>` for every locked package whose range leaves out part of `nodes`. */
function packagesRejecting(nodes: string): string[] {
    return Object.entries(lock.packages)
        .filter(([location]) => location !== '')
        .flatMap(([location, entry]) => {
            // Old packages wrote engines as an array of strings; npm ignores that form.
            const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
            if (!range || semver.subset(nodes, range)) {
                return [];
            }
            const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
            return [`${name}@${entry.version ?? '?'} wants node ${range}`];
        });
}

describe('engines.node', () => {
    it('is a valid range', () => {
        expect(semver.validRange(manifest.engines.node)).not.toBeNull();
    });

    it('is accepted in full by every locked dependency', () => {
        expect(packagesRejecting(manifest.engines.node)).toEqual([]);
    });

    it('holds the Node running the tests', () => {
        expect(semver.satisfies(process.versions.node, manifest.engines.node)).toBe(true);
    });
});
