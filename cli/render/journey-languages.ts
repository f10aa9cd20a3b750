/**
 * The language each journey's outputs are written in: `--lang`, else the `"language"` of the
 * journey.config.json that governs the journey's file, else English.
 */
import { DEFAULT_LANGUAGE, type LanguageCode } from '../../language/i18n/languages.js';
import type { LoadedWorkspace } from '../load-workspace.js';

export type JourneyLanguages = (journeyName: string) => LanguageCode;

export async function journeyLanguages(workspace: LoadedWorkspace, lang: LanguageCode | undefined): Promise<JourneyLanguages> {
    if (lang !== undefined) {
        return () => lang;
    }
    const byJourney = new Map<string, LanguageCode>();
    const settings = workspace.services.validation.SeveritySettings;
    for (const file of workspace.files) {
        const language = (await settings.configFor(file.document.uri))?.language;
        if (language === undefined) {
            continue;
        }
        for (const element of file.document.parseResult.value.elements ?? []) {
            if (element.$type === 'Journey' && element.name) {
                byJourney.set(element.name, language);
            }
        }
    }
    return (journeyName) => byJourney.get(journeyName) ?? DEFAULT_LANGUAGE;
}
