import { describeCharacterAt } from '../message-text.js';

/**
 * A strict JSON reader that keeps where every value and key starts, so problems in
 * `journey.config.json` can be reported at their line and column. `JSON.parse` does not
 * say where an error is on every Node version, and never where a valid but wrong value is.
 */

export type JsonValue =
    | { kind: 'object'; offset: number; members: JsonMember[] }
    | { kind: 'array'; offset: number; items: JsonValue[] }
    | { kind: 'string'; offset: number; value: string }
    | { kind: 'number'; offset: number; value: number }
    | { kind: 'boolean'; offset: number; value: boolean }
    | { kind: 'null'; offset: number };

export interface JsonMember {
    key: string;
    keyOffset: number;
    value: JsonValue;
}

export type JsonReadResult = { ok: true; value: JsonValue } | { ok: false; offset: number; message: string };

class JsonSyntaxError extends Error {
    constructor(readonly offset: number, message: string) {
        super(message);
    }
}

export function readJson(text: string): JsonReadResult {
    const reader = new JsonReader(text);
    try {
        const value = reader.document();
        return { ok: true, value };
    } catch (error) {
        if (error instanceof JsonSyntaxError) {
            return { ok: false, offset: error.offset, message: error.message };
        }
        throw error;
    }
}

/** 1-based line and column of an offset, as editors show them. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset && index < text.length; index++) {
        if (text[index] === '\n') {
            line++;
            lineStart = index + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonReader {
    private position = 0;

    constructor(private readonly text: string) {}

    document(): JsonValue {
        this.skipSpace();
        const value = this.value();
        this.skipSpace();
        if (this.position < this.text.length) {
            this.fail(`unexpected ${this.describeHere()} after the JSON value`);
        }
        return value;
    }

    private value(): JsonValue {
        const offset = this.position;
        const char = this.text[offset];
        if (char === '{') {
            return this.object();
        }
        if (char === '[') {
            return this.array();
        }
        if (char === '"') {
            return { kind: 'string', offset, value: this.string() };
        }
        for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
            if (this.text.startsWith(word, offset)) {
                this.position += word.length;
                return value === null ? { kind: 'null', offset } : { kind: 'boolean', offset, value };
            }
        }
        NUMBER.lastIndex = offset;
        const number = NUMBER.exec(this.text);
        if (number) {
            this.position += number[0].length;
            return { kind: 'number', offset, value: Number(number[0]) };
        }
        return this.fail(`expected a value, found ${this.describeHere()}`);
    }

    private object(): JsonValue {
        const offset = this.position++;
        const members: JsonMember[] = [];
        this.skipSpace();
        if (this.text[this.position] === '}') {
            this.position++;
            return { kind: 'object', offset, members };
        }
        for (;;) {
            this.skipSpace();
            if (this.text[this.position] !== '"') {
                this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
            }
            const keyOffset = this.position;
            const key = this.string();
            this.skipSpace();
            this.expect(':', `':' after the property name`);
            this.skipSpace();
            members.push({ key, keyOffset, value: this.value() });
            this.skipSpace();
            if (this.text[this.position] === ',') {
                this.position++;
                continue;
            }
            this.expect('}', `',' or '}'`);
            return { kind: 'object', offset, members };
        }
    }

    private array(): JsonValue {
        const offset = this.position++;
        const items: JsonValue[] = [];
        this.skipSpace();
        if (this.text[this.position] === ']') {
            this.position++;
            return { kind: 'array', offset, items };
        }
        for (;;) {
            this.skipSpace();
            items.push(this.value());
            this.skipSpace();
            if (this.text[this.position] === ',') {
                this.position++;
                continue;
            }
            this.expect(']', `',' or ']'`);
            return { kind: 'array', offset, items };
        }
    }

    private string(): string {
        const start = this.position++;
        let value = '';
        for (;;) {
            const char = this.text[this.position];
            if (char === undefined || char === '\n' || char === '\r') {
                this.fail('unterminated string', start);
            }
            if (char === '"') {
                this.position++;
                return value;
            }
            if (char === '\\') {
                const escape = this.text[this.position + 1];
                if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
                    value += String.fromCharCode(parseInt(this.text.slice(this.position + 2, this.position + 6), 16));
                    this.position += 6;
                } else if (escape !== undefined && escape in ESCAPES) {
                    value += ESCAPES[escape];
                    this.position += 2;
                } else {
                    this.fail('invalid escape in string');
                }
                continue;
            }
            if (char < ' ') {
                this.fail('control character in string');
            }
            value += char;
            this.position++;
        }
    }

    private expect(char: string, what: string): void {
        if (this.text[this.position] !== char) {
            this.fail(`expected ${what}, found ${this.describeHere()}`);
        }
        this.position++;
    }

    private skipSpace(): void {
        while (/[ \t\n\r]/.test(this.text[this.position] ?? '')) {
            this.position++;
        }
    }

    /** The whole character (never half an emoji), or only its code point when it is unprintable. */
    private describeHere(): string {
        return describeCharacterAt(this.text, this.position);
    }

    private fail(message: string, offset = this.position): never {
        throw new JsonSyntaxError(offset, message);
    }
}
