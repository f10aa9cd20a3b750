// Node 20 lacks Object.groupBy / Map.groupBy (Node 21+), which chevrotain 13 calls when
// langium-cli checks the grammar. Preloaded only for `langium generate`; run time does not
// need it because the generated module is built in production mode.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy(items, keyOf) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = function groupBy(items, keyOf) {
        const groups = new Map();
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            if (!groups.has(key)) groups.set(key, []);
            groups.get(key).push(item);
        }
        return groups;
    };
}
