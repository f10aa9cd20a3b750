/** examples/ as the build embeds it (playground/build.mjs): path -> text. */
declare module 'playground:examples' {
    export const EXAMPLE_FILES: Readonly<Record<string, string>>;
}
