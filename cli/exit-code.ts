/**
 * The exit codes of `journey` (LANGUAGE.md, "The CLI"). CI scripts branch on them, so they
 * are part of the contract.
 */
export enum ExitCode {
    /** The command did its job; for `check`: no errors (with `--strict`: no warnings either). */
    Success = 0,
    /**
     * The journeys have errors (`check --strict`: errors or warnings); `render` and
     * `checklist` refuse a workspace with errors; `format --check`: files would change.
     */
    JourneyErrors = 1,
    /**
     * The command could not run: a usage error, a path that does not exist or cannot be read,
     * no `.journey` file found, an output that would overwrite an input, no Chromium for
     * svg/png/html, or an internal error.
     */
    UsageError = 2,
    /** Ended by Ctrl-C (SIGINT) during a render: 128 + the signal's number, as shells report it. */
    Interrupted = 130,
    /** Ended by SIGHUP (129) or SIGTERM (143) during a render. */
    Hangup = 129,
    Terminated = 143,
}
