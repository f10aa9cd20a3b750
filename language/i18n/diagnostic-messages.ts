/**
 * The shape of a language's diagnostic messages: one function per issue code (issue-codes.ts),
 * taking the values the message quotes, already quoted through quotedText by the check. One file
 * per language (messages-en.ts, messages-nl.ts) fills it; a code without a message, or a message
 * for a code that does not exist, is a type error. Codes never change with the language.
 */
import type { IssueCode } from '../validation/issue-codes.js';
import type { ValueSet } from './languages.js';

/** The element kinds a message names (the AST type names of the grammar). */
export type ElementType = 'Persona' | 'Channel' | 'Team' | 'Offering' | 'Dataset' | 'Journey' | 'Phase' | 'Touchpoint' | 'Improvement' | 'Kpi' | 'Scale' | string;

/** Where an unknown value was written: a closed value set, or a `measured` aggregate. */
export type ValueKind = ValueSet | 'kpiAggregate' | 'touchpointAggregate';

/** The syntax problems, each with what it quotes. Keywords are the grammar's (English) words. */
export type SyntaxProblem =
    | { kind: 'expected-property'; element: ElementType; keywords: readonly string[]; found: Found }
    | { kind: 'expected'; expected: readonly string[]; element?: ElementType; found: Found }
    | { kind: 'expected-declaration'; keywords: readonly string[]; found: Found }
    | { kind: 'unexpected'; found: Found }
    | { kind: 'unclosed-comment' }
    | { kind: 'unclosed-quote' }
    | { kind: 'unexpected-character'; character: string }
    | { kind: 'unexpected-characters'; text: string; first: string }
    | { kind: 'bad-escape'; character: string };

/** What the parser found: the end of the file, a quoted text, or a token (quoted already). */
export type Found = { kind: 'end' } | { kind: 'text'; text: string } | { kind: 'token'; text: string };

export type NotTextReason = 'nul' | 'not-utf8' | 'lone-surrogate';

export type DuplicateNameArgs =
    | { scope: 'workspace'; name: string; firstType: ElementType; firstName: string; file: string; line: number }
    | { scope: 'journey'; name: string; journey: string; firstType: ElementType; line: number };

export type CriticalTouchpointArgs =
    | { measured: false; touchpoint: string; score: number; min: number; max: number }
    | { measured: true; touchpoint: string; score: number; min: number; max: number; answers: number; assumed?: number };

export type DatasetNotFoundArgs = { reason: 'no-file'; dataset: string } | { reason: 'not-found'; dataset: string; message: string };

export type InvalidAnswerArgs = {
    column: string;
    count: number;
    /** What the cells should be: yes or no (a share), numbers (a KPI), answers on the dataset's scale. */
    expected: { kind: 'yes-no' } | { kind: 'number' } | { kind: 'answer'; min: number; max: number };
    first: string;
    line: number;
};

export type KpiSource =
    | { kind: 'measured'; aggregate: string; value: number; answers: number }
    | { kind: 'actual'; value: number };

export interface DiagnosticMessageArgs {
    'syntax': SyntaxProblem;
    'not-text': { reason: NotTextReason; line: number; column: number };
    'unresolved-reference': { type: ElementType; name: string; journey?: string };
    'duplicate-name': DuplicateNameArgs;
    'duplicate-property': { keyword: string; list: boolean };
    'score-out-of-range': { score: string; scale: string };
    'invalid-scale': { min: string; max: string };
    'invalid-date': { text: string };
    'unknown-value': { set: ValueKind; value: string; allowed: readonly string[]; aliases?: readonly string[]; suggestion?: string };
    'empty-journey': { journey: string };
    'empty-phase': { phase: string };
    'missing-persona': { journey: string };
    'critical-touchpoint': CriticalTouchpointArgs;
    'unreachable-touchpoint': { touchpoint: string; first: string };
    'missing-channel': { touchpoint: string };
    'missing-senses': { touchpoint: string; channelType: string; channel: string };
    'unaddressed-pain': { pain: string };
    'channel-not-used-by-persona': { channel: string; personas: readonly string[] };
    'dataset-not-found': DatasetNotFoundArgs;
    'invalid-dataset': { dataset: string; file: string; message: string };
    'unknown-column': { dataset: string; column: string; header: readonly string[]; close: readonly string[] };
    'invalid-answer': InvalidAnswerArgs;
    'few-answers': { answers: number; column: string; minimum: number; onKpi: boolean };
    'score-drift': { assumed: number; touchpoint: string; measured: number; answers: number; min: number; max: number; drift: number; allowed: number };
    'kpi-missed': { kpi: string; operator: string; threshold: string; source: KpiSource };
    'gate': { message: string };
    'config': { path: string; line: number; column: number; problem: string };
    'too-many-problems': { leftOut: number; limit: number };
}

/** Fails to compile when DiagnosticMessageArgs and IssueCode do not list the same codes. */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const everyCodeHasArguments: SameKeys<keyof DiagnosticMessageArgs, IssueCode> = true;
void everyCodeHasArguments;

/** One language's messages: a function per issue code. */
export type DiagnosticMessages = { readonly [Code in IssueCode]: (args: DiagnosticMessageArgs[Code]) => string };
