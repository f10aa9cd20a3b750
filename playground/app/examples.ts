/**
 * The examples menu: each journey of examples/ (embedded at build time) with what it needs
 * to check as it does in the repository: the shared catalog, the datasets it names and the
 * journey.config.json of its folder.
 */
import { EXAMPLE_FILES } from 'playground:examples';
import { LANGUAGES } from '../../language/i18n/languages.js';
import type { PlaygroundFile } from './share-state.js';

export interface Example {
    /** The journey file's path in examples/. */
    id: string;
    title: string;
    files: PlaygroundFile[];
}

const journeyWords = Object.values(LANGUAGES).map((catalogue) => catalogue.keywords.journey);
const titlePattern = new RegExp(`(?:^|\\n)\\s*(?:${journeyWords.join('|')})\\s+\\S+\\s+"([^"\\n]*)"`);

export const EXAMPLES: readonly Example[] = Object.keys(EXAMPLE_FILES)
    .filter((path) => path.endsWith('.journey') && !path.startsWith('shared/'))
    .sort()
    .map((path) => {
        const text = EXAMPLE_FILES[path];
        const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
        const needed = Object.keys(EXAMPLE_FILES).filter((other) => other !== path && (
            other.startsWith('shared/')
            || other === `${folder}journey.config.json`
            || (other.endsWith('.csv') && text.includes(`"${other.slice(folder.length)}"`))
        ));
        return {
            id: path,
            title: titlePattern.exec(text)?.[1] ?? path,
            files: [path, ...needed.sort()].map((file) => ({ path: file, text: EXAMPLE_FILES[file] })),
        };
    });

/** What a first visit shows: the DIY-store journey (the language's running example). */
export const DEFAULT_EXAMPLE: Example = EXAMPLES.find((example) => example.id === 'diy-store-saturday.journey') ?? EXAMPLES[0];
