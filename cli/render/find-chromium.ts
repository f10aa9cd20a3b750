/**
 * Which Chrome or Chromium renders the diagrams: the one named by JOURNEY_CHROMIUM, else the
 * first one found on PATH or at a usual install location. We never download a browser.
 */
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../cli-error.js';

/** Names a browser goes by on PATH (Debian, Ubuntu, Fedora, Chrome's own packages). */
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where browsers are installed when they are not on PATH (e.g. a GUI app on macOS). */
export const USUAL_CHROMIUM_LOCATIONS: readonly string[] = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_GET_ONE = 'install Chromium (apt-get install chromium) or set JOURNEY_CHROMIUM to the path of a Chrome or Chromium executable';

/**
 * The browser's executable. A JOURNEY_CHROMIUM that names nothing usable is an error, not a
 * reason to look elsewhere: the user asked for that browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, usualLocations: readonly string[] = USUAL_CHROMIUM_LOCATIONS): string {
    const chosen = env.JOURNEY_CHROMIUM;
    if (chosen) {
        if (!isExecutableFile(chosen)) {
            throw new CliError(`JOURNEY_CHROMIUM is '${chosen}', which is not an executable file: ${HOW_TO_GET_ONE}`);
        }
        return chosen;
    }
    const onPath = (env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== '')
        .flatMap((folder) => NAMES_ON_PATH.map((name) => path.join(folder, name)));
    const found = [...onPath, ...usualLocations].find(isExecutableFile);
    if (found === undefined) {
        throw new CliError(`no Chrome or Chromium found to render diagrams: ${HOW_TO_GET_ONE}`);
    }
    return found;
}

function isExecutableFile(file: string): boolean {
    try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
    } catch {
        return false;
    }
}
