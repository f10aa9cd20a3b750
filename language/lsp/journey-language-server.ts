import { DefaultLanguageServer } from 'langium/lsp';
import {
    CallHierarchyIncomingCallsRequest, CallHierarchyOutgoingCallsRequest, CallHierarchyPrepareRequest, DeclarationRequest,
    DocumentLinkRequest, ErrorCodes, ImplementationRequest, ResponseError, SignatureHelpRequest, TypeDefinitionRequest,
    type InitializeParams, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver';

/**
 * The requests Langium registers whatever services a language has, by the capability that
 * offers them: without a provider they answer null, which a client takes for "nothing found".
 */
const requestsByCapability: Partial<Record<keyof ServerCapabilities, readonly string[]>> = {
    declarationProvider: [DeclarationRequest.method],
    typeDefinitionProvider: [TypeDefinitionRequest.method],
    implementationProvider: [ImplementationRequest.method],
    signatureHelpProvider: [SignatureHelpRequest.method],
    documentLinkProvider: [DocumentLinkRequest.method],
    callHierarchyProvider: [CallHierarchyPrepareRequest.method, CallHierarchyIncomingCallsRequest.method, CallHierarchyOutgoingCallsRequest.method],
};

/**
 * Langium's server, announcing only what this server answers. Langium lists a feature that no
 * service provides as `false` and still answers its request with null; here such a feature is
 * absent from the capabilities, and its request is refused as a method the server does not
 * have (MethodNotFound), so a strict client never mistakes it for an empty answer.
 */
export class JourneyLanguageServer extends DefaultLanguageServer {
    /** What the client said it can do (read by services created after `initialize`). */
    clientCapabilities: InitializeParams['capabilities'] | undefined;
    /** What the client sent along (the VS Code extension: its language setting and display language; client-language.ts). */
    initializationOptions: unknown;

    override async initialize(params: InitializeParams): Promise<InitializeResult> {
        this.clientCapabilities = params.capabilities;
        this.initializationOptions = params.initializationOptions;
        const result = await super.initialize(params);
        // Langium registered its handlers before `initialize`; a later handler for a method replaces it.
        const connection = this.services.lsp.Connection;
        for (const [capability, methods] of Object.entries(requestsByCapability)) {
            if (!(capability in result.capabilities)) {
                methods.forEach((method) => connection?.onRequest(method, () => new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`)));
            }
        }
        return result;
    }

    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        const offered = Object.entries(result.capabilities).filter(([, value]) => value !== undefined && value !== false);
        return { ...result, capabilities: Object.fromEntries(offered) };
    }
}
