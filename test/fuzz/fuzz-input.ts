/**
 * What one fuzz run feeds the targets: a small workspace (a catalog file and journey files) and
 * a few editor requests at positions in it. A file is text (which may hold lone surrogates, as an
 * editor can send them) or, after a binary mutation, raw bytes.
 */

/**
 * Declared and referenced names end in this private-use character. A batch of inputs shares one
 * CLI workspace, so each input replaces it with its own suffix and no two inputs' names clash;
 * the server target, which runs one input at a time, removes it.
 */
export const NAME_SUFFIX_MARK = '\uE000';

export interface FuzzFile {
    /** A file name in the input's folder (catalog.journey, journey-1.journey, ...). */
    name: string;
    text: string;
    /** Set by a binary mutation: the file's bytes, used instead of `text`. */
    bytes?: Uint8Array;
}

export type ProbeKind =
    | 'hover' | 'completion' | 'documentSymbol' | 'formatting' | 'semanticTokens' | 'codeAction'
    | 'foldingRange' | 'inlayHint' | 'definition' | 'references' | 'rename' | 'documentHighlight'
    | 'codeLens' | 'workspaceSymbol' | 'diagram';

/** An editor request at a place in one file: `at` is a fraction of the file's length. */
export interface Probe {
    kind: ProbeKind;
    file: number;
    at: number;
    /** A position past the end of its line or of the file, which clients do send. */
    beyond: boolean;
}

export interface FuzzInput {
    files: FuzzFile[];
    probes: Probe[];
}

/** The file's text with the name mark replaced by `suffix` (binary files are not text). */
export function materializedText(file: FuzzFile, suffix: string): string {
    return file.text.replaceAll(NAME_SUFFIX_MARK, suffix);
}

/** The file's bytes as the CLI reads them: raw for binary files, else WTF-8 (see `wtf8`). */
export function fileBytes(file: FuzzFile, suffix: string): Uint8Array {
    return file.bytes ?? wtf8(materializedText(file, suffix));
}

/** The file as the server gets it: binary files as Latin-1 (every byte one character, C1 controls included). */
export function serverText(file: FuzzFile): string {
    return file.bytes ? Buffer.from(file.bytes).toString('latin1') : materializedText(file, '');
}

/**
 * UTF-8, except that a lone surrogate is written as its own three bytes (ED A0..BF xx), as a
 * broken editor or a cut UTF-16 conversion writes it: invalid UTF-8 the CLI must survive.
 */
export function wtf8(text: string): Uint8Array {
    if (text.isWellFormed()) return Buffer.from(text, 'utf8');
    const parts: Buffer[] = [];
    let from = 0;
    for (const lone of text.matchAll(LONE_SURROGATE)) {
        const unit = lone[0].charCodeAt(0);
        parts.push(Buffer.from(text.slice(from, lone.index), 'utf8'), Buffer.from([0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]));
        from = lone.index + 1;
    }
    parts.push(Buffer.from(text.slice(from), 'utf8'));
    return Buffer.concat(parts);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The input as JSON that keeps every code unit (lone surrogates as \uXXXX escapes) and bytes as base64. */
export function serializeInputs(inputs: readonly FuzzInput[]): string {
    return JSON.stringify(inputs.map((input) => ({
        ...input,
        files: input.files.map((file) => (file.bytes ? { name: file.name, text: '', base64: Buffer.from(file.bytes).toString('base64') } : file)),
    })), undefined, 2);
}

export function deserializeInputs(json: string): FuzzInput[] {
    const raw = JSON.parse(json) as Array<{ files: Array<FuzzFile & { base64?: string }>; probes: Probe[] }>;
    return raw.map((input) => ({
        probes: input.probes,
        files: input.files.map((file) => (file.base64 !== undefined
            ? { name: file.name, text: '', bytes: Uint8Array.from(Buffer.from(file.base64, 'base64')) }
            : { name: file.name, text: file.text })),
    }));
}

/** The input's size in UTF-16 code units and bytes, for bounds relative to it. */
export function inputSize(input: FuzzInput): number {
    return input.files.reduce((sum, file) => sum + (file.bytes?.length ?? file.text.length), 0);
}
