import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { JourneyGeneratedSharedModule, JourneyLanguageGeneratedModule } from './generated/module.js';
import { JourneyLexer } from './parser/journey-lexer.js';
import { JourneyLexerErrorMessageProvider } from './parser/journey-lexer-error-message-provider.js';
import { createJourneyParser } from './parser/journey-parser.js';
import { JourneyTokenBuilder } from './parser/journey-token-builder.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyAstNodeDescriptionProvider, JourneyReferenceDescriptionProvider } from './references/journey-ast-descriptions.js';
import { JourneyScopeComputation } from './references/journey-scope-computation.js';
import { JourneyScopeProvider } from './references/journey-scope-provider.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { registerJourneyValidationChecks } from './validation/journey-validator.js';
import { JourneyValidationRegistry } from './validation/journey-validation-registry.js';
import { WorkspaceNames } from './validation/workspace-names.js';
import { SeveritySettings } from './validation/severity-settings.js';
import { ClientLanguage } from './validation/client-language.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyCodeLensProvider } from './lsp/journey-code-lens-provider.js';
import { JourneyDocumentSymbolProvider } from './lsp/journey-document-symbol-provider.js';
import { JourneyFoldingRangeProvider } from './lsp/journey-folding-range-provider.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyInlayHintProvider } from './lsp/journey-inlay-hint-provider.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kind-provider.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-token-provider.js';
import { JourneyWorkspaceSymbolProvider } from './lsp/journey-workspace-symbol-provider.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-action-provider.js';
import { JourneyLanguageServer } from './lsp/journey-language-server.js';
import { JourneyDocumentBuilder } from './lsp/journey-document-builder.js';
import { JourneyWorkspaceManager } from './lsp/journey-workspace-manager.js';
import { JourneyIndexManager } from './lsp/journey-index-manager.js';
import { JourneyDocumentFactory } from './lsp/journey-document-factory.js';
import { DatasetStore } from './evidence/dataset-store.js';

/** Services this language adds to Langium's defaults. */
export type JourneyAddedServices = {
    validation: {
        /** Langium's registry with the checks per node type listed once (journey-validation-registry.ts). */
        ValidationRegistry: JourneyValidationRegistry;
        /** Top-level names of the whole workspace, for `duplicate-name`. */
        WorkspaceNames: WorkspaceNames;
        /** Severities adjusted by the nearest `journey.config.json`. */
        SeveritySettings: SeveritySettings;
        /** The language the editor asks for (its setting and display language). */
        ClientLanguage: ClientLanguage;
    };
    evidence: {
        /** Dataset files: where they are, their header and the columns in use (cached). */
        Datasets: DatasetStore;
    };
};

export type JourneyServices = LangiumServices & JourneyAddedServices;

/** The only place where the language's own services are wired. */
export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    parser: {
        LangiumParser: (services) => createJourneyParser(services),
        TokenBuilder: () => new JourneyTokenBuilder(),
        Lexer: (services) => new JourneyLexer(services),
        LexerErrorMessageProvider: () => new JourneyLexerErrorMessageProvider(),
        ValueConverter: () => new JourneyValueConverter(),
    },
    references: {
        ScopeComputation: (services) => new JourneyScopeComputation(services),
        ScopeProvider: (services) => new JourneyScopeProvider(services),
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new JourneyAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services) => new JourneyReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new JourneyDocumentValidator(services),
        ValidationRegistry: (services) => new JourneyValidationRegistry(services),
        WorkspaceNames: (services) => new WorkspaceNames(services.shared),
        SeveritySettings: (services) => new SeveritySettings(services.shared),
        ClientLanguage: (services) => new ClientLanguage(services.shared),
    },
    evidence: {
        Datasets: (services) => new DatasetStore(services.shared),
    },
    lsp: {
        CompletionProvider: (services) => new JourneyCompletionProvider(services),
        HoverProvider: (services) => new JourneyHoverProvider(services),
        DocumentSymbolProvider: (services) => new JourneyDocumentSymbolProvider(services),
        RenameProvider: (services) => new JourneyRenameProvider(services),
        CodeLensProvider: (services) => new JourneyCodeLensProvider(services),
        FoldingRangeProvider: (services) => new JourneyFoldingRangeProvider(services),
        SemanticTokenProvider: (services) => new JourneySemanticTokenProvider(services),
        InlayHintProvider: () => new JourneyInlayHintProvider(),
        Formatter: (services) => new JourneyFormatter(services),
        CodeActionProvider: (services) => new JourneyCodeActionProvider(services),
    },
};

/**
 * Workspace-wide editor services: the server's announced capabilities, symbol kinds, workspace
 * symbol search, the start-up build that validates every file of the workspace, a document
 * builder that builds the edited document first and never leaves a validated document
 * unpublished, an index read in file order, and a document factory that parses again only the
 * block an edit fell into.
 */
export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        LanguageServer: (services) => new JourneyLanguageServer(services),
        NodeKindProvider: () => new JourneyNodeKindProvider(),
        WorkspaceSymbolProvider: (services) => new JourneyWorkspaceSymbolProvider(services),
    },
    workspace: {
        WorkspaceManager: (services) => new JourneyWorkspaceManager(services),
        DocumentBuilder: (services) => new JourneyDocumentBuilder(services),
        IndexManager: (services) => new JourneyIndexManager(services),
        LangiumDocumentFactory: (services) => new JourneyDocumentFactory(services),
    },
};

/**
 * Creates the shared services and the journey language services. `context.fileSystemProvider`
 * decides where documents come from: `JourneyNodeFileSystem` (evidence/node-file-system.ts) for the CLI and the server,
 * `EmptyFileSystem` for tests.
 */
export function createJourneyServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Journey: JourneyServices;
} {
    const shared = inject(createDefaultSharedModule(context), JourneyGeneratedSharedModule, JourneySharedModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyLanguageGeneratedModule, JourneyModule);
    shared.ServiceRegistry.register(Journey);
    registerJourneyValidationChecks(Journey);
    if (!context.connection) {
        // Without a language client nobody sends the configuration, so build with defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
