/**
 * Snippets offered by completion next to the keyword they start with. Bodies use LSP snippet
 * syntax (`${1:placeholder}`, `${1|a,b|}` choices, `$0` the final cursor); names offered as
 * choices are IDs, which never contain the characters snippet syntax reserves.
 */
import { IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SENSES } from '../model/vocabulary.js';

export interface JourneySnippet {
    /** The keyword the snippet starts with; it is offered where that keyword is valid. */
    keyword: string;
    /** The grammar rule the keyword belongs to (`persona` starts a Persona or lists a journey's personas). */
    rule: string;
    label: string;
    detail: string;
    body: (names: SnippetNames) => string;
}

/** Names already declared in the workspace, offered as choices in the snippet. */
export interface SnippetNames {
    personas: string[];
    channels: string[];
    teams: string[];
    /** The touchpoints of the enclosing journey (for improvements and KPIs), empty outside one. */
    touchpoints: string[];
}

/** The phases of the seed articles, in journey order. */
export const SEED_PHASES: ReadonlyArray<{ name: string; title: string }> = [
    { name: 'Orientation', title: 'Orientation' },
    { name: 'Consideration', title: 'Consideration' },
    { name: 'Purchase', title: 'Purchase' },
    { name: 'DeliveryAndUse', title: 'Delivery and use' },
    { name: 'Loyalty', title: 'Loyalty' },
];

/** A tab stop offering the declared names as choices, or a placeholder when there are none. */
function nameStop(stop: number, names: string[], placeholder: string): string {
    return names.length > 0 ? `\${${stop}|${names.join(',')}|}` : `\${${stop}:${placeholder}}`;
}

const choice = (stop: number, values: readonly string[]): string => `\${${stop}|${values.join(',')}|}`;

function journeyBody(names: SnippetNames): string {
    const lines = [
        'journey ${1:Name} "${2:Title}" {',
        `\tpersona ${nameStop(3, names.personas, 'Persona')}`,
        `\ttype ${choice(4, JOURNEY_TYPES)}`,
        '\tdescription "${5:What the customer wants to achieve}"',
    ];
    let stop = 6;
    for (const phase of SEED_PHASES) {
        lines.push('', `\tphase ${phase.name} "${phase.title}" {`, `\t\tgoal "\${${stop++}:The customer's goal in this phase}"`);
        if (phase === SEED_PHASES[0]) {
            lines.push(`\t\ttouchpoint \${${stop++}:FirstContact} "\${${stop++}:Title}" {`, '\t\t\t$0', '\t\t}');
        }
        lines.push('\t}');
    }
    lines.push('}');
    return lines.join('\n');
}

export const JOURNEY_SNIPPETS: readonly JourneySnippet[] = [
    {
        keyword: 'journey',
        rule: 'Journey',
        label: 'journey (five phases)',
        detail: 'A journey with the phases orientation, consideration, purchase, delivery and use, loyalty',
        body: journeyBody,
    },
    {
        keyword: 'persona',
        rule: 'Persona',
        label: 'persona (profile)',
        detail: 'A buyer persona with segment, goal, frustration and channels',
        body: (names) => [
            'persona ${1:Name} "${2:Title}" {',
            '\tsegment ${3|b2c,b2b|}',
            '\tdescription "${4:Who they are}"',
            '\tgoal "${5:What they want}"',
            '\tfrustration "${6:What stands in their way}"',
            `\tchannels ${nameStop(7, names.channels, 'Channel')}`,
            '}',
        ].join('\n'),
    },
    {
        keyword: 'touchpoint',
        rule: 'Touchpoint',
        label: 'touchpoint (full)',
        detail: 'A touchpoint with channel, senses, owner, score and the customer\'s side',
        body: (names) => [
            'touchpoint ${1:Name} "${2:Title}" {',
            `\tchannel ${nameStop(3, names.channels, 'Channel')}`,
            `\tsenses ${choice(4, SENSES)}`,
            `\towner ${nameStop(5, names.teams, 'Team')}`,
            '\tscore ${6:3}',
            '\taction "${7:What the customer does}"',
            '\tthought "${8:What the customer thinks}"',
            '\temotion "${9:What the customer feels}"',
            '}',
        ].join('\n'),
    },
    {
        keyword: 'touchpoint',
        rule: 'Touchpoint',
        label: 'touchpoint (pain point)',
        detail: 'A touchpoint with a low score, its pain and an opportunity',
        body: (names) => [
            'touchpoint ${1:Name} "${2:Title}" {',
            `\tchannel ${nameStop(3, names.channels, 'Channel')}`,
            '\tscore ${4:2}',
            '\tpain "${5:What goes wrong}"',
            '\topportunity "${6:How it could be better}"',
            '}',
        ].join('\n'),
    },
    {
        keyword: 'improvement',
        rule: 'Improvement',
        label: 'improvement (action)',
        detail: 'An improvement with kind, touchpoints, owner, due date and status',
        body: (names) => [
            'improvement ${1:Name} "${2:Title}" {',
            `\tkind ${choice(3, IMPROVEMENT_KINDS)}`,
            `\tfor ${nameStop(4, names.touchpoints, 'Touchpoint')}`,
            `\towner ${nameStop(5, names.teams, 'Team')}`,
            '\tdue "${6:2026-12-31}"',
            `\tstatus ${choice(7, IMPROVEMENT_STATUSES)}`,
            '}',
        ].join('\n'),
    },
    {
        keyword: 'kpi',
        rule: 'Kpi',
        label: 'kpi (promise)',
        detail: 'A KPI with touchpoints, owner, target and actual value',
        body: (names) => [
            'kpi ${1:Name} "${2:Promise}" {',
            `\tat ${nameStop(3, names.touchpoints, 'Touchpoint')}`,
            `\towner ${nameStop(4, names.teams, 'Team')}`,
            '\ttarget "${5:95% within 24h}"',
            '\tactual "${6:82% within 24h}"',
            '}',
        ].join('\n'),
    },
];
