/** `npm pack` of this repository into a folder, from the bundles just built (no `prepare` rebuild). */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureBuiltCli, projectRoot } from '../cli/cli-process.js';

export interface PackedTarball {
    file: string;
    files: string[];
}

export function packTarball(destination: string): PackedTarball {
    ensureBuiltCli();
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: projectRoot, encoding: 'utf8' }));
    return { file: path.join(destination, packed[0].filename), files: packed[0].files.map((file: { path: string }) => file.path) };
}
