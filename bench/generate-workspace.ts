/**
 * Synthetic workspaces for the benchmark: one catalog file (personas, channels, teams,
 * offerings) and one file per journey, using every construct of the language. The text is
 * deterministic, so runs are comparable, and valid (no errors), so `render` accepts it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_TYPES, SENSES, SENSE_ALIASES } from '../language/model/vocabulary.js';

export const PHASES_PER_JOURNEY = 5;
export const TOUCHPOINTS_PER_PHASE = 50;
const PHASE_TITLES = ['Orientation', 'Consideration', 'Purchase', 'Delivery and use', 'Loyalty'];
const PERSONAS = 12;
const TEAMS = 8;

/** How big each journey file is: the main benchmark's 5 x 50, or the portfolio's small journeys. */
export interface JourneyShape {
    phases: number;
    touchpointsPerPhase: number;
}

const LARGE_JOURNEY: JourneyShape = { phases: PHASES_PER_JOURNEY, touchpointsPerPhase: TOUCHPOINTS_PER_PHASE };

export interface GeneratedWorkspace {
    directory: string;
    files: number;
    bytes: number;
    touchpoints: number;
}

/** Writes a workspace of (at least) `touchpoints` touchpoints into `directory`. */
export function generateWorkspace(directory: string, touchpoints: number, shape: JourneyShape = LARGE_JOURNEY): GeneratedWorkspace {
    mkdirSync(directory, { recursive: true });
    const perJourney = shape.phases * shape.touchpointsPerPhase;
    const journeys = Math.max(1, Math.ceil(touchpoints / perJourney));
    let bytes = 0;
    const write = (name: string, text: string): void => {
        writeFileSync(join(directory, name), text);
        bytes += Buffer.byteLength(text);
    };
    write('catalog.journey', catalogText());
    for (let index = 0; index < journeys; index++) {
        write(`journey-${pad(index, 5)}.journey`, journeyText(index, shape));
    }
    return { directory, files: journeys + 1, bytes, touchpoints: journeys * perJourney };
}

export function catalogText(): string {
    const lines: string[] = ['// The shared catalog: every journey file refers to these.', ''];
    for (const [index, type] of CHANNEL_TYPES.entries()) {
        lines.push(`channel ${channelName(index)} "Channel ${index}: ${type}" { type ${type}  description "A ${type} channel" }`);
    }
    lines.push('');
    for (let index = 0; index < TEAMS; index++) {
        lines.push(index % 2 === 0
            ? `team ${teamName(index)} "Team ${index}" { description "Owns part of the journey" }`
            : `team ${teamName(index)} "Team ${index}"`);
    }
    lines.push('');
    for (let index = 0; index < PERSONAS; index++) {
        const channels = [0, 1, 2, 7, 9].map((offset) => channelName((index + offset) % CHANNEL_TYPES.length));
        lines.push(
            `persona ${personaName(index)} "Persona ${index}, a typical buyer" {`,
            `    segment ${index % 3 === 0 ? 'b2b' : 'b2c'}`,
            '    description "Renovates on weekends and compares prices online"',
            '    goal "Finish the bathroom before the holidays"',
            '    frustration "Cannot find products in the warehouse"',
            '    behavior "Compares prices on comparison sites"',
            '    quote "I want to touch it before I buy it"',
            `    channels ${channels.join(', ')}`,
            '}',
        );
    }
    lines.push('');
    for (let index = 0; index < 3; index++) {
        lines.push(
            `offering Offer${index} "Package ${index}" {`,
            `    audience ${personaName(index)}, ${personaName(index + 1)}`,
            '    must "Shower cabins in stock"',
            '    should "Installation service"',
            '    could "3D bathroom planner"',
            '    wont "Plumbing repairs at night"',
            '    alternative "A local plumber"',
            '}',
        );
    }
    return lines.join('\n') + '\n';
}

export function journeyText(index: number, shape: JourneyShape = LARGE_JOURNEY): string {
    const relational = index % 2 === 1;
    // Half the journeys use a scale around zero, so score normalisation is exercised too.
    const [min, max] = index % 4 < 2 ? [1, 5] : [-2, 2];
    const lines: string[] = [
        `/* Journey ${index}: generated for the benchmark. */`,
        `journey Journey${pad(index, 5)} "Journey ${index}: a Saturday at the DIY store" {`,
        `    persona ${personaName(index % PERSONAS)}, ${personaName((index + 1) % PERSONAS)}`,
        `    type ${relational ? 'relational' : 'transactional'}`,
        `    scale ${min}..${max}`,
        `    owner ${teamName(index % TEAMS)}`,
        '    description "From parking the car to an ice cream after the purchase"',
    ];
    const critical: string[] = [];
    const kpiTargets: string[] = [];
    for (let phase = 0; phase < shape.phases; phase++) {
        const title = PHASE_TITLES[phase % PHASE_TITLES.length];
        lines.push('', `    phase Phase${phase} "${title}" {`, `        goal "Goal of phase ${phase}"`);
        for (let step = 0; step < shape.touchpointsPerPhase; step++) {
            const name = touchpointName(phase, step);
            const score = min + ((phase * 7 + step * 3) % (max - min + 1));
            const channel = channelName((phase * 3 + step) % CHANNEL_TYPES.length);
            lines.push(
                `        // touchpoint ${step} of phase ${phase}`,
                `        touchpoint ${name} "Step ${step}: ${title}" {`,
                `            channel ${channel}`,
                `            senses ${senses(phase + step)}`,
                `            owner ${teamName((phase + step) % TEAMS)}`,
                `            score ${score}`,
                '            action "Scrolls the timeline"',
                '            thought "Where did they buy that?"',
                '            emotion "curious"',
                '            pain "The review has no link to the shop"',
                '            opportunity "Ask happy customers to tag the store"',
                '            backstage "The social media team monitors mentions"',
            );
            if (step % 10 === 0) {
                lines.push('            wow "An employee answers within minutes"');
            }
            if (step % 10 === 5) {
                // Branches across phases: to the next step and to a touchpoint of a later phase.
                const later = (phase + 1) % shape.phases;
                lines.push(`            next ${touchpointName(phase, (step + 1) % shape.touchpointsPerPhase)}, ${touchpointName(later, step)}`);
            }
            lines.push('        }');
            if (score <= min + (max - min) / 4) {
                critical.push(name);
            }
            if (step % 25 === 0) {
                kpiTargets.push(name);
            }
        }
        lines.push('    }');
    }
    // Every critical touchpoint is addressed, in groups, so the journey has few warnings.
    for (let start = 0, group = 0; start < critical.length; start += 10, group++) {
        lines.push(
            '',
            `    improvement Fix${group} "Improvement ${group}" {`,
            `        kind ${group % 2 === 0 ? 'corrective' : 'recovery'}`,
            `        for ${critical.slice(start, start + 10).join(', ')}`,
            `        owner ${teamName(group % TEAMS)}`,
            `        due "2026-${pad((group % 12) + 1, 2)}-15"`,
            `        status ${['idea', 'planned', 'doing', 'done'][group % 4]}`,
            '        description "Scanners with a screen that shows the error"',
            '    }',
        );
    }
    for (const [number, target] of kpiTargets.entries()) {
        lines.push(
            '',
            `    kpi Kpi${number} "Promise ${number} is kept" {`,
            `        at ${target}`,
            `        owner ${teamName(number % TEAMS)}`,
            '        target "95% within 24h"',
            '        actual "82% within 24h"',
            '        description "Measured every month"',
            '    }',
        );
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

function senses(seed: number): string {
    const aliases = Object.keys(SENSE_ALIASES);
    const chosen: string[] = [SENSES[seed % SENSES.length], SENSES[(seed + 2) % SENSES.length]];
    if (seed % 7 === 0) {
        chosen.push(aliases[seed % aliases.length]);
    }
    return chosen.join(', ');
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const personaName = (index: number): string => `Persona${index}`;
const channelName = (index: number): string => `Channel${index}`;
const teamName = (index: number): string => `Team${index}`;
const touchpointName = (phase: number, step: number): string => `P${phase}T${pad(step, 2)}`;
