/** How hovers, lenses and messages name things: "a touchpoint", "an improvement", "3 KPIs". */

export function kindLabel(type: string): string {
    return type === 'Kpi' ? 'KPI' : type.toLowerCase();
}

export function kindWithArticle(type: string): string {
    const label = kindLabel(type);
    return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** "1 touchpoint", "3 touchpoints"; `pluralForm` for nouns that do not just take an s. */
export function plural(length: number, singular: string, pluralForm = `${singular}s`): string {
    return `${length} ${length === 1 ? singular : pluralForm}`;
}
