/**
 * Finding things in the resolved model by name. References in the model are names; an
 * unresolved name stands for itself, so every output can still show something readable.
 */
import type {
    ChannelModel, JourneyModel, PersonaModel, TouchpointModel, WorkspaceModel,
} from './journey-model.js';

/** Every touchpoint of the journey, in journey order (phase by phase). */
export function touchpointsOf(journey: JourneyModel): TouchpointModel[] {
    return journey.phases.flatMap((phase) => phase.touchpoints);
}

export function personaOf(name: string, workspace: WorkspaceModel): PersonaModel {
    return workspace.personas.find((persona) => persona.name === name) ?? {
        name, title: name, segment: null, description: null, goals: [], frustrations: [], behaviors: [], quotes: [], channels: [],
    };
}

export function personaTitle(name: string, workspace: WorkspaceModel): string {
    return personaOf(name, workspace).title;
}

export function channelOf(name: string, workspace: WorkspaceModel): ChannelModel | undefined {
    return workspace.channels.find((channel) => channel.name === name);
}

export function channelTitle(name: string, workspace: WorkspaceModel): string {
    return channelOf(name, workspace)?.title ?? name;
}

export function teamTitle(name: string, workspace: WorkspaceModel): string {
    return workspace.teams.find((team) => team.name === name)?.title ?? name;
}

export function phaseTitle(name: string, journey: JourneyModel): string {
    return journey.phases.find((phase) => phase.name === name)?.title ?? name;
}

export function touchpointTitle(name: string, journey: JourneyModel): string {
    return touchpointsOf(journey).find((touchpoint) => touchpoint.name === name)?.title ?? name;
}

export function improvementTitle(name: string, journey: JourneyModel): string {
    return journey.improvements.find((improvement) => improvement.name === name)?.title ?? name;
}
