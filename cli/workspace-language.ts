/**
 * The language of a command's own lines (and of outputs that cover the whole workspace, such
 * as the site): `--lang`, else the "language" every loaded file's journey.config.json names;
 * when they differ, English.
 */
import { DEFAULT_LANGUAGE, type LanguageCode } from '../language/i18n/languages.js';
import type { LoadedWorkspace } from './load-workspace.js';

export async function workspaceLanguage(workspace: LoadedWorkspace, lang: LanguageCode | undefined): Promise<LanguageCode> {
    if (lang !== undefined) {
        return lang;
    }
    const settings = workspace.services.validation.SeveritySettings;
    const languages = new Set(await Promise.all(workspace.files.map(async (file) => (await settings.configFor(file.document.uri))?.language ?? DEFAULT_LANGUAGE)));
    return languages.size === 1 ? [...languages][0] : DEFAULT_LANGUAGE;
}
