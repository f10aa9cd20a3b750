/**
 * package.json is also the extension's manifest: the ids, commands and files the extension,
 * its tests and VS Code rely on. And the TextMate injection keeps up with the language's values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acceptedValueWords, KEYWORD_ALIASES, LANGUAGE_CODES } from '../../language/i18n/languages.js';
import { CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, SENSES, SENSE_ALIASES } from '../../language/model/vocabulary.js';
import { projectRoot } from '../support/build-bundles.js';
import { URI } from 'langium';
import { GATE_NAMES, GATE_RULES } from '../../language/health/gate-settings.js';
import { adjustableCodes, parseSeverityConfig } from '../../language/validation/severity-settings.js';

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

describe('the JSON schema of journey.config.json', () => {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'schemas/journey.config.schema.json'), 'utf8'));

    test('is contributed for every journey.config.json and packaged', () => {
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'journey.config.json', url: './schemas/journey.config.schema.json' }]);
        expect(manifest.files).toContain('schemas/journey.config.schema.json');
    });

    test('lists exactly the codes a project may adjust and the gates the checker reads', () => {
        expect(Object.keys(schema.properties)).toEqual(['$schema', 'severity', 'gates', 'language']);
        expect(schema.properties.language.enum).toEqual(LANGUAGE_CODES);
        expect(Object.keys(schema.properties.severity.properties)).toEqual(adjustableCodes);
        expect(Object.keys(schema.properties.gates.properties)).toEqual(GATE_NAMES);
        for (const name of GATE_NAMES) {
            const kind = GATE_RULES[name].kind;
            expect(schema.properties.gates.properties[name].type, name).toBe(kind === 'boolean' ? 'boolean' : kind === 'count' ? 'integer' : 'number');
        }
    });

    test('accepts the examples\' config as the checker does', () => {
        const config = JSON.parse(readFileSync(join(projectRoot, 'examples/journey.config.json'), 'utf8'));
        expect(Object.keys(config.gates).every((name) => GATE_NAMES.includes(name as never))).toBe(true);
        expect(parseSeverityConfig(URI.file('/examples/journey.config.json'), readFileSync(join(projectRoot, 'examples/journey.config.json'), 'utf8')).problems).toEqual([]);
    });
});

describe('the extension manifest', () => {
    test('contributes the journey.language setting: auto (the display language), en or nl, described', () => {
        const setting = manifest.contributes.configuration.properties['journey.language'];
        expect(setting).toMatchObject({ type: 'string', default: 'auto', enum: ['auto', ...LANGUAGE_CODES] });
        expect(setting.enumDescriptions).toHaveLength(setting.enum.length);
        expect(setting.markdownDescription).toContain('journey.config.json');
    });

    test('identifies the extension and its entry point', () => {
        expect(`${manifest.publisher}.${manifest.name}`).toBe('journey-as-code.journey-as-code');
        expect(manifest.main).toBe('./out/extension.cjs');
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:journey', 'onWebviewPanel:journey.preview']));
    });

    test('needs no VS Code newer than 1.100, and is typed against no newer API', () => {
        expect(manifest.engines.vscode).toBe('^1.100.0');
        const typesVersion = /(\d+)\.(\d+)/.exec(manifest.devDependencies['@types/vscode'])!;
        expect(Number(typesVersion[1])).toBe(1);
        expect(Number(typesVersion[2])).toBeLessThanOrEqual(100);
    });

    test('contributes the language with its configuration and grammars, all present', () => {
        const [language] = manifest.contributes.languages;
        expect(language).toMatchObject({ id: 'journey', extensions: ['.journey'] });
        const files = [language.configuration, ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path)];
        for (const file of files) {
            expect(existsSync(join(projectRoot, file)), file).toBe(true);
            expect(() => JSON.parse(readFileSync(join(projectRoot, file), 'utf8'))).not.toThrow();
        }
    });

    test('contributes the preview commands, the review command, the title bar button and ctrl+k v', () => {
        const titles = Object.fromEntries(manifest.contributes.commands.map((command: { command: string; category: string; title: string }) =>
            [command.command, `${command.category}: ${command.title}`]));
        expect(titles).toEqual({
            'journey.openPreview': 'Journey: Open Preview',
            'journey.openPreviewToSide': 'Journey: Open Preview to the Side',
            'journey.exportPreviewSvg': 'Journey: Export Preview as SVG',
            'journey.exportPreviewPng': 'Journey: Export Preview as PNG',
            'journey.showChangesAgainstHead': 'Journey: Show Changes Against HEAD',
            'journey.translateKeywordsToEnglish': 'Journey: Translate Keywords to English',
            'journey.translateKeywordsToDutch': 'Journey: Translate Keywords to Dutch (Nederlands)',
        });
        expect(manifest.contributes.menus['editor/title']).toContainEqual(expect.objectContaining({ command: 'journey.openPreviewToSide', when: 'editorLangId == journey' }));
        expect(manifest.contributes.keybindings).toContainEqual({
            command: 'journey.openPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == journey',
        });
    });

    test('packages the bundles only: package.json `files` serves npm and vsce alike (vsce refuses a .vscodeignore beside it)', () => {
        expect(existsSync(join(projectRoot, '.vscodeignore'))).toBe(false);
        expect(manifest.files).toEqual(expect.arrayContaining(['out/extension.cjs', 'out/language-server.cjs', 'out/webview/preview.js', 'out/webview/preview.css']));
        expect(manifest.files.some((entry: string) => entry.includes('node_modules') || entry === 'out' || entry.endsWith('.map'))).toBe(false);
        expect(manifest.scripts.package).toMatch(/^vsce package --no-dependencies\b/);
        expect(manifest.scripts.package).not.toContain('--allow-missing-repository');
    });

    test('is ready for the marketplace: icon, banner, repository, categories, a marketplace README and a changelog', () => {
        expect(manifest).toMatchObject({ icon: 'images/icon.png', galleryBanner: { color: expect.stringMatching(/^#[0-9a-f]{6}$/), theme: 'dark' }, repository: { url: expect.stringContaining('github.com') } });
        expect(readFileSync(join(projectRoot, manifest.icon)).subarray(1, 4).toString()).toBe('PNG');
        const readme = readFileSync(join(projectRoot, 'extension/README.md'), 'utf8');
        expect(readme).toContain('images/preview.png');
        for (const command of manifest.contributes.commands) {
            expect(readme, command.title).toContain(command.title);
        }
        expect(readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8')).toContain(`## ${manifest.version}`);
    });

    // What Open VSX (VSCodium, code-server, Gitpod) checks when the same .vsix is published there:
    // https://github.com/eclipse/openvsx/wiki/Publishing-Extensions. It cannot be reached from here,
    // so its rules are checked on the manifest; the packaged .vsix itself runs in code-server's
    // workbench test (scripts/e2e/run-code-server-e2e.mjs).
    test('meets what Open VSX requires of the same .vsix: an SPDX licence with its file, lower-case ids, semver, no proposed API', () => {
        expect(manifest.license).toBe('MIT');
        expect(manifest.files).toContain('LICENSE');
        expect(readFileSync(join(projectRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
        expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(manifest.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
        expect(manifest.enabledApiProposals).toBeUndefined();
        expect(manifest.extensionDependencies ?? []).toEqual([]);
    });
});

describe('the language configuration', () => {
    const configuration = JSON.parse(readFileSync(join(projectRoot, 'language-configuration.json'), 'utf8'));
    const wordPattern = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags);

    test('a word is a name with accented letters, a hyphenated value or a number', () => {
        const words = (text: string) => text.match(wordPattern);
        expect(words('phase Oriëntatie "x"')).toEqual(['phase', 'Oriëntatie', 'x']);
        expect(words('type word-of-mouth')).toEqual(['type', 'word-of-mouth']);
        expect(words('scale -2..2')).toEqual(['scale', '-2', '2']);
    });

    test('block comments fold, one-line comments do not', () => {
        const start = new RegExp(configuration.folding.markers.start);
        const end = new RegExp(configuration.folding.markers.end);
        expect(start.test('    /* a long')).toBe(true);
        expect(start.test('    /* short */')).toBe(false);
        expect(end.test('       comment */')).toBe(true);
        expect(end.test('    /* short */')).toBe(false);
    });
});

describe('the TextMate injection for values', () => {
    const grammar = JSON.parse(readFileSync(join(projectRoot, 'syntaxes/journey-values.tmLanguage.json'), 'utf8'));
    const pattern = (name: string) => new RegExp(grammar.repository[name].match, 'u');
    const words = (name: string) => /\(([^()]*)\)\(\?!/.exec(grammar.repository[name].match)![1].split('|');

    test('knows every sense and every closed value of the language', () => {
        expect(words('sense').sort()).toEqual(acceptedValueWords('senses').sort());
        expect(words('sense')).toEqual(expect.arrayContaining([...SENSES, ...Object.keys(SENSE_ALIASES)]));
        const values = (['segments', 'channelTypes', 'journeyTypes', 'improvementKinds', 'improvementStatuses'] as const).flatMap(acceptedValueWords);
        expect(words('value').sort()).toEqual([...new Set(values)].sort());
        expect(words('value')).toEqual(expect.arrayContaining([...SEGMENTS, ...CHANNEL_TYPES, ...JOURNEY_TYPES, ...IMPROVEMENT_KINDS, ...IMPROVEMENT_STATUSES]));
    });

    test('colours the keywords of every other language (the generated grammar knows the English ones)', () => {
        expect(words('keyword-alias').sort()).toEqual([...KEYWORD_ALIASES.keys()].sort());
        expect(pattern('keyword-alias').exec('    contactmoment Kassa {')?.[0]).toBe('contactmoment');
        expect(pattern('keyword-alias').test('channel Kanaalwerk')).toBe(false);
        expect(pattern('declaration').exec('klantreis Bezoek "Bezoek" {')?.[2]).toBe('Bezoek');
    });

    test('marks values, numbers and declared names, not names that merely contain them', () => {
        expect(pattern('value').exec('type word-of-mouth')?.[0]).toBe('word-of-mouth');
        expect(pattern('value').test('channel WebShop')).toBe(false);
        expect(pattern('sense').exec('senses visual, touch')?.[0]).toBe('visual');
        expect(pattern('number').exec('score -2')?.[0]).toBe('-2');
        expect(pattern('number').test('touchpoint Step2')).toBe(false);
        expect(pattern('declaration').exec('touchpoint Checkout "Pays"')?.[2]).toBe('Checkout');
        expect(pattern('declaration').test('    persona Sam, Alex')).toBe(false);
    });
});
