/**
 * The hostile corpus for end-to-end safety tests: titles holding HTML, script, Mermaid
 * directives and CSS, and a journey (`Hostile`) that puts them everywhere a title goes, with
 * its harmless twin (`Plain`) as the reference for how the pages should look.
 */
/** Every payload reports itself by a dialog, a console line or a request: the page watches all three. */
export const PAYLOADS = [
    '<script>alert("PWNED script")</script>',
    '<img src=x onerror="alert(\'PWNED img\')">',
    '<svg onload="alert(\'PWNED svg\')"></svg>',
    '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
    '<a href="javascript:alert(\'PWNED link\')">click me</a>',
    '<img src="https://attacker.example/beacon.png">',
    '%%{init: {"securityLevel": "loose", "themeCSS": "* { fill: red !important; color: red !important; }"}}%%',
    '%%{init: {"theme": "base", "themeVariables": {"fontFamily": "</style><script>alert(1)</script>"}}}%%',
    '</style><style>* { color: rgb(255, 0, 0) !important; background: rgb(255, 0, 0) !important; display: none !important; }</style>',
    '<style>body, p, .sentinel { visibility: hidden !important; font-size: 80px !important; }</style>',
    '\\"}; * { transform: rotate(90deg) !important; } /*',
    '"]); click tp_Hostile0 call alert("PWNED click"); %% ',
    '#colon; #59; #35; &lt;script&gt;alert(1)&lt;/script&gt;',
];

/** A title holding the payload, escaped for a .journey string. */
function title(payload: string): string {
    return `"${payload.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The journey `Hostile`, or `Plain`: the same map with harmless titles, the reference for styles. */
export function journeyFile(plain: boolean): string {
    const name = plain ? 'Plain' : 'Hostile';
    const text = (index: number) => (plain ? title(`Plain title number ${index}`) : title(PAYLOADS[index % PAYLOADS.length]));
    const touchpoints = PAYLOADS.map((_, index) => `        touchpoint Hostile${index} ${text(index)} {
            channel ${name}Site
            owner ${name}Ops
            score ${(index % 5) + 1}
            pain ${text(index + 1)}
            opportunity ${text(index + 2)}
            wow ${text(index + 3)}
            action ${text(index + 4)}
        }`).join('\n');
    return `persona ${name}Persona ${text(5)} { goal ${text(6)} quote ${text(7)} channels ${name}Site }
channel ${name}Site ${text(8)} { type web }
team ${name}Ops ${text(9)}
journey ${name} ${text(0)} {
    persona ${name}Persona
    owner ${name}Ops
    description ${text(1)}
    phase First ${text(2)} {
${touchpoints}
    }
    phase Second ${text(3)} {
        touchpoint Last ${text(4)} { channel ${name}Site score 3 }
    }
    improvement Fix ${text(10)} { for Hostile0 owner ${name}Ops status planned description ${text(11)} }
    kpi Speed ${text(12)} { at Hostile1 target ${text(0)} actual ${text(1)} }
}
`;
}

