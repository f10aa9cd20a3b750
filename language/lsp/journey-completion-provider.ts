import { DefaultCompletionProvider } from 'langium/lsp';

export class JourneyCompletionProvider extends DefaultCompletionProvider {}
