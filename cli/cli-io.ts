/** Where a command's output goes; `main.ts` binds it to the process, tests may capture it. */
export interface CliIo {
    /** The working directory: paths are resolved against it and shown relative to it. */
    readonly cwd: string;
    /** Text for stdout, written as given (the caller adds the newlines). */
    stdout(text: string): void;
    /** One line for stderr (the newline is added). */
    stderr(line: string): void;
    /** Whether stdout may be coloured: a terminal, and no NO_COLOR. Absent: no colour. */
    readonly colour?: boolean;
}
