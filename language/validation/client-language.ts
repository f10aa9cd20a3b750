/**
 * What the editor says about the language it wants (language-choice.ts decides with it): the
 * `journey.language` setting, from the initialize request's `initializationOptions` and kept
 * current through the workspace configuration (workspace/configuration and
 * workspace/didChangeConfiguration, section `journey`), and the display language, which only
 * `initializationOptions` carries. A change of the setting validates every document again, so
 * their messages, hovers and lenses follow it. Without a client (the CLI, tests) it says nothing.
 */
import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { decideLanguage } from '../i18n/language-choice.js';

/** The section of the editor's settings (`journey.language`) and the server's language id. */
const SECTION = 'journey';

/** What the VS Code extension sends as `initializationOptions`; other clients may send the same. */
export interface ClientLanguageOptions {
    /** The `journey.language` setting: `auto`, `en` or `nl`. */
    readonly language?: unknown;
    /** The editor's display language (`vscode.env.language`). */
    readonly displayLanguage?: unknown;
}

export interface ClientPreference {
    readonly setting?: unknown;
    readonly displayLanguage?: unknown;
}

export class ClientLanguage {
    private readonly shared: LangiumSharedCoreServices;
    /** The setting as the client last sent it through the configuration (undefined: not yet). */
    private lastSetting: unknown;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate((update) => {
            if (update.section === SECTION) {
                this.settingChanged((update.configuration as { language?: unknown } | null | undefined)?.language);
            }
        });
    }

    /** The setting and display language the client gave (each undefined when it gave none). */
    async preference(): Promise<ClientPreference> {
        const options = this.initializationOptions();
        // The configuration holds the setting fetched at start-up and every change since.
        const configured = await this.shared.workspace.ConfigurationProvider.getConfiguration(SECTION, 'language') as unknown;
        return { setting: configured ?? options?.language, displayLanguage: options?.displayLanguage };
    }

    private initializationOptions(): ClientLanguageOptions | undefined {
        const server = (this.shared as Partial<LangiumSharedServices>).lsp?.LanguageServer as { initializationOptions?: unknown } | undefined;
        const options = server?.initializationOptions;
        return typeof options === 'object' && options !== null ? options as ClientLanguageOptions : undefined;
    }

    private settingChanged(setting: unknown): void {
        const options = this.initializationOptions();
        const displayLanguage = options?.displayLanguage;
        const before = decideLanguage({ setting: this.lastSetting ?? options?.language, displayLanguage });
        this.lastSetting = setting;
        if (decideLanguage({ setting: setting ?? options?.language, displayLanguage }) === before) {
            // VS Code sends the settings once when the server registers for them: nothing changed.
            return;
        }
        const workspace = this.shared.workspace;
        void workspace.WorkspaceLock.write(async (token) => {
            for (const document of workspace.LangiumDocuments.all) {
                workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            await workspace.DocumentBuilder.update([], [], token);
        }).catch(() => undefined);
    }
}
