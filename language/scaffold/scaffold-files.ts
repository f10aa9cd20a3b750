/**
 * The files `journey init` writes: pure functions from the options to paths and texts, no I/O.
 * What they write is a working journey repository: it passes `journey check --strict` and
 * `journey format --check` as written (test/cli/init-command.test.ts runs the real CLI on it).
 */
import { quoted } from '../lsp/quick-fixes/quick-fix.js';
import { MODEL_PHASES, MODEL_TITLES, type JourneyModel, type ModelPhase } from './journey-models.js';
import type { PersonaName } from './persona-name.js';

export interface ScaffoldOptions {
    model: JourneyModel;
    persona: PersonaName;
    /** `owner/repo@v1`: the GitHub Action the workflow uses. */
    action: string;
    /** The version of `journey` that wrote the files (the workflow pins it). */
    version: string;
}

export interface ScaffoldFile {
    /** Relative to the folder being initialised, with `/`. */
    path: string;
    content: string;
}

/** The folder the journeys live in, inside the initialised folder. */
export const JOURNEYS_FOLDER = 'journeys';

export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
    return [
        { path: 'journey.config.json', content: configFile() },
        { path: `${JOURNEYS_FOLDER}/shared/catalog.journey`, content: catalogFile(options.persona) },
        { path: `${JOURNEYS_FOLDER}/first-purchase.journey`, content: journeyFile(options) },
        { path: '.github/workflows/journeys.yml', content: workflowFile(options) },
    ];
}

/** Gates the first journey passes; a team tightens them as its maps grow (docs/ci.md, "Gates"). */
function configFile(): string {
    return `${JSON.stringify({
        gates: {
            minAverageScore: 3.0,
            maxCriticalTouchpoints: 0,
        },
    }, undefined, 4).replace('"minAverageScore": 3', '"minAverageScore": 3.0')}\n`;
}

function catalogFile(persona: PersonaName): string {
    return `/*
 * The shared catalog: the personas, channels and teams every journey of this repository uses.
 * Top-level names are global in the workspace (all .journey files under the folder), so a
 * journey in another file only names them: \`persona ${persona.name}\`, \`channel Website\`.
 */

// A persona is the customer whose journey a map tells. Goals and frustrations come from
// interviews; \`channels\` lists where this persona can be reached.
persona ${persona.name} ${quoted(persona.title)} {
    segment b2c
    description "Who this customer is: age, situation, what they need us for"
    goal "What the customer wants to achieve"
    frustration "What gets in the way today"
    behavior "How the customer searches, compares and buys"
    quote "Something the customer said in an interview, in their own words."
    channels Search, ReviewSite, Website, Email, Carrier
}

// Channels are where touchpoints happen. The type is one of web, social, search, email, phone,
// chat, app, physical, print, event, word-of-mouth, review-site, comparison-site, other.
channel Search "Search engine" {
    type search
}

channel ReviewSite "Review site" {
    type review-site
    description "Independent reviews with star ratings: not ours, but customers read them before they choose"
}

channel Website "Our website" {
    type web
}

channel Email "Email" {
    type email
}

channel Carrier "Delivery carrier" {
    type other
    description "The carrier delivers the order: not our own staff, but the customer sees us"
}

// Teams own touchpoints, improvements and KPIs: who acts when a score drops.
team Marketing "Marketing"
team Sales "Sales"
team Logistics "Logistics"

team CustomerCare "Customer care" {
    description "Answers questions after the purchase and follows up"
}
`;
}

function journeyFile(options: ScaffoldOptions): string {
    const phases = MODEL_PHASES[options.model];
    const checkout = phases.find((phase) => phase.touchpoint.name === 'Checkout')!.touchpoint;
    return `// A first journey, built on ${MODEL_TITLES[options.model]}.
// Replace the example touchpoints with what your customers really do; \`journey check\` and the
// editor tell you what is missing. Reference: https://github.com/${options.action.split('@')[0]}/blob/main/docs/language.md

journey FirstPurchase "A first purchase" {
    // Whose journey this is: a persona of shared/catalog.journey.
    persona ${options.persona.name}
    // relational: the journey is a cycle, a loyal customer starts it again. transactional
    // (the default) ends at the purchase.
    type relational
    // Scores are the customer's satisfaction per touchpoint on this scale (default 1..5).
    scale 1..5
    owner Marketing
    description "From the first search to buying again"
${phases.map(phaseBlock).join('')}
    // An improvement addresses touchpoints with a low score or a pain (\`for\`). A score in the
    // lowest quarter of the scale (1 or 2 here) that no improvement addresses is a
    // critical-touchpoint warning.
    improvement ShowCostsEarly "Show the delivery costs on the product page" {
        kind corrective
        for ${checkout.name}
        owner Sales
        status planned
        description "The costs that now surprise customers in the last step, shown next to the price"
    }

    // A KPI is a promise, measured where it is kept or broken (\`at\`). Add \`threshold >= 30\`
    // and \`actual\` (or \`measured\` with a dataset) to have it checked: see docs/evidence.md.
    kpi CheckoutConversion "Carts that become orders" {
        at ${checkout.name}
        owner Sales
        target "30% of carts become an order"
    }
}
`;
}

function phaseBlock(phase: ModelPhase, index: number): string {
    const touchpoint = phase.touchpoint;
    const teaching = index === 0
        ? `        // A touchpoint is one contact moment: its channel, the senses it reaches, its owner
        // and how satisfied the customer is there (score). Without \`next\`, the flow goes from
        // each touchpoint to the one written after it.
`
        : '';
    const lines = [
        `channel ${touchpoint.channel}`,
        `senses ${touchpoint.senses}`,
        `owner ${touchpoint.owner}`,
        `score ${touchpoint.score}`,
        `action ${quoted(touchpoint.action)}`,
        `thought ${quoted(touchpoint.thought)}`,
        ...(touchpoint.pain ? [`pain ${quoted(touchpoint.pain)}`] : []),
        ...(touchpoint.opportunity ? [`opportunity ${quoted(touchpoint.opportunity)}`] : []),
        ...(touchpoint.wow ? [`wow ${quoted(touchpoint.wow)}`] : []),
    ];
    return `
    phase ${phase.name} ${quoted(phase.title)} {
        goal ${quoted(phase.goal)}

${teaching}        touchpoint ${touchpoint.name} ${quoted(touchpoint.title)} {
${lines.map((line) => `            ${line}`).join('\n')}
        }
    }
`;
}

/**
 * Checks on every push (annotations on the lines concerned) and, on a pull request, posts the
 * \`journey diff\` of the change as one comment that later pushes update.
 */
function workflowFile(options: ScaffoldOptions): string {
    return `# Checks the journeys on every push and pull request; on a pull request it also posts what
# the change does to the customer (journey diff) as one comment, updated on every push.
# Written by journey init ${options.version}. Inputs: see docs/ci.md of journey-as-code.
name: journeys

on:
  push:
  pull_request:

permissions:
  contents: read
  pull-requests: write   # to post and update the journey diff comment

jobs:
  journeys:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - uses: ${options.action}
        with:
          paths: ${JOURNEYS_FOLDER}
          version: ${options.version}
          comment: \${{ github.event_name == 'pull_request' }}
`;
}
