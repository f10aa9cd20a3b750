/**
 * The mermaid library as the renderer's pages load it, with one change: a cheaper copy of the
 * configuration in its `getConfig`. Mermaid hands out a fresh deep copy of its whole
 * configuration (some 380 settings, 270 of them theme variables) every time any of its code reads
 * one setting, about a hundred times per flowchart, through a general merge (`assignWithDepth`)
 * that checks and defines every property one by one: a quarter of the pages' drawing time.
 * `COPY_CONFIG` makes the same copy (same keys in the same order, the same values, nulls left
 * out, arrays without duplicates, objects three levels deep) with plain assignments. The drawn
 * SVG is the same byte for byte (test/cli/diagram-settings.test.ts compares with unchanged mermaid).
 */
import { readFileSync } from 'node:fs';

/** Mermaid's `getConfig` in its bundle: `Lt=s(()=>ii({},$x),"getConfig")`, whatever the minified names. */
const GET_CONFIG = /=([\w$]+)\(\(\)=>[\w$]+\(\{\},([\w$]+)\),"getConfig"\)/g;

/**
 * `assignWithDepth({}, config)` (depth 2) written out: objects at the top level are copied
 * with their entries, objects inside those shallowly (depth 0 is `Object.assign`), and arrays at
 * any of those levels keep each value once. `__proto__` is defined, never assigned, as mermaid does.
 */
const COPY_CONFIG = `var __journeyCopyConfig = (function () {
    function put(target, key, value) {
        if (key === '__proto__') {
            Object.defineProperty(target, key, { value: value, writable: true, enumerable: true, configurable: true });
        } else {
            target[key] = value;
        }
    }
    function unique(values) {
        var copy = [];
        values.forEach(function (value) { if (!copy.includes(value)) { copy.push(value); } });
        return copy;
    }
    // depth 0 is Object.assign; each level above copies its entries, leaving nulls out.
    function copyToDepth(value, depth) {
        if (Array.isArray(value)) { return unique(value); }
        if (depth === 0) { return Object.assign({}, value); }
        var copy = {};
        var entries = Object.entries(value);
        for (var index = 0; index < entries.length; index++) {
            var key = entries[index][0], inner = entries[index][1];
            if (typeof inner === 'object') {
                if (inner !== null) { put(copy, key, copyToDepth(inner, depth - 1)); }
            } else {
                put(copy, key, inner);
            }
        }
        return copy;
    }
    return function copyConfig(config) { return copyToDepth(config, 2); };
})();
`;

const scripts = new Map<string, string>();

/** The script text for a page; read and changed once per file. Throws if mermaid's `getConfig` is not where it was. */
export function mermaidScript(file: string): string {
    let script = scripts.get(file);
    if (script === undefined) {
        const source = readFileSync(file, 'utf8');
        const found = [...source.matchAll(GET_CONFIG)];
        if (found.length !== 1) {
            throw new Error(`mermaid's getConfig was found ${found.length} times in ${file}: the renderer's copy of it needs updating for this mermaid version`);
        }
        script = `${COPY_CONFIG}${source.replace(GET_CONFIG, (_, wrap: string, config: string) => `=${wrap}(()=>__journeyCopyConfig(${config}),"getConfig")`)}`;
        scripts.set(file, script);
    }
    return script;
}
