/**
 * action.yml's steps run as a script, as the runner would run them: on a sample git repository
 * made by `journey init`, with the packed package installed offline, and a local stand-in for
 * GitHub's REST API that records the comments. Two runs: one comment posted, then updated.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot, runJourney } from '../cli/cli-process.js';
import { packTarball } from '../support/packed-tarball.js';

interface Step { id: string; if?: string; shell: string; env?: Record<string, string>; run: string }
interface Action { inputs: Record<string, { default: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = loadYaml(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as Action;
const work = mkdtempSync(path.join(tmpdir(), 'journey-action-'));
const repo = path.join(work, 'repo');
let tarball: string;
let base: string;
let server: Server;
let api: string;
const requests: { method: string; url: string; body?: { body: string } }[] = [];
const comments: { id: number; body: string; html_url: string }[] = [];

beforeAll(async () => {
    tarball = packTarball(work).file;
    mkdirSync(repo);
    expect((await runJourney(['init'], repo)).code).toBe(0);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'journeys');
    base = git('rev-parse', 'HEAD');
    // The pull request: the delivery gets worse (a critical touchpoint, which the gate refuses).
    const journey = path.join(repo, 'journeys/first-purchase.journey');
    writeFileSync(journey, readFileSync(journey, 'utf8').replace(/(touchpoint Delivery [\s\S]*?score )4/, '$11'));
    git('commit', '--quiet', '-am', 'delivery is late');

    server = createServer((request, response) => {
        let text = '';
        request.on('data', (chunk) => (text += chunk));
        request.on('end', () => {
            const body = text ? JSON.parse(text) : undefined;
            requests.push({ method: request.method!, url: request.url!, body });
            expect(request.headers.authorization).toBe('Bearer test-token');
            response.setHeader('content-type', 'application/json');
            if (request.method === 'GET') {
                return response.end(JSON.stringify(comments));
            }
            if (request.method === 'POST') {
                const comment = { id: 7, body: body.body, html_url: 'https://github.example/o/r/pull/12#issuecomment-7' };
                comments.push(comment);
                return response.end(JSON.stringify(comment));
            }
            const comment = comments.find((candidate) => request.url === `/repos/o/r/issues/comments/${candidate.id}`)!;
            comment.body = body.body;
            response.end(JSON.stringify(comment));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 300_000);

afterAll(() => {
    server?.close();
    rmSync(work, { recursive: true, force: true });
});

/** Runs the steps in order: `${{ }}` resolved from the inputs, the github context and earlier outputs. */
async function runAction(inputs: Record<string, string>, run: string) {
    const runTemp = path.join(work, `runner-${run}`);
    mkdirSync(runTemp);
    const event = path.join(runTemp, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 12, base: { sha: base } } }));
    const github = { token: 'test-token', event_name: 'pull_request', event: { pull_request: { number: 12, base: { sha: base } } } };
    const given = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default]));
    const steps: Record<string, { outputs: Record<string, string> }> = {};
    const context = { inputs: {} as Record<string, string>, github, steps };
    const lookup = (expression: string): string => {
        const value = expression.trim().split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], context);
        return value === undefined ? '' : String(value);
    };
    const resolve = (text: string) => text.replace(/\$\{\{(.+?)\}\}/g, (_, expression: string) => lookup(expression));
    context.inputs = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, resolve(value)]));
    const logs: Record<string, { code: number | null; stdout: string; stderr: string }> = {};
    for (const step of action.runs.steps) {
        if (step.if) {
            // The conditions used: comparisons of context values with string literals, joined by &&.
            const condition = step.if.replace(/[a-z_]+(?:\.[\w-]+)+/g, (expression) => JSON.stringify(lookup(expression)));
            expect(condition).toMatch(/^("[^"]*"|'[^']*'|==|!=|&&|\s)+$/);
            if (!new Function(`return ${condition};`)()) {
                continue;
            }
        }
        expect(step.shell).toBe('bash');
        const output = path.join(runTemp, `${step.id}.output`);
        writeFileSync(output, '');
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, resolve(value)]));
        // Asynchronous: the stand-in API answers from this process while the step runs.
        const result = await runBash(step.run, {
            ...process.env, ...env, GITHUB_ACTION_PATH: projectRoot, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: path.join(runTemp, 'summary.md'),
                GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api, RUNNER_TEMP: runTemp,
                JOURNEY_NPM_FLAGS: '--offline', JOURNEY_CHROMIUM: '/usr/bin/chromium',
        });
        logs[step.id] = { code: result.status, stdout: result.stdout, stderr: result.stderr };
        steps[step.id] = { outputs: Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2))) };
        if (result.status !== 0) {
            break;
        }
    }
    const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, resolve(output.value)]));
    return { logs, outputs, runTemp };
}

function runBash(script: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['-e', '-c', script], { cwd: repo, env });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}

describe('action.yml', () => {
    test('is a composite action whose steps take inputs from env only (no ${{ }} inside a script)', () => {
        expect(action.runs.using).toBe('composite');
        for (const step of action.runs.steps) {
            expect(step.run, step.id).not.toContain('${{');
        }
    });

    test('checks with annotations, renders, posts the diff as one comment and updates it; fails on the check, then on --fail-on', async () => {
        const inputs = { paths: 'journeys', comment: 'true', 'render-format': 'markdown', 'render-out': 'maps', package: tarball };
        const first = await runAction(inputs, 'first');
        expect(first.logs.install.code, first.logs.install.stderr).toBe(0);
        expect(first.logs.install.stdout).toContain('journey: 0.');
        expect(first.logs.check.stdout).toMatch(/^::error file=journeys\/first-purchase\.journey,line=\d+,col=\d+.*title=gate::Gate maxCriticalTouchpoints failed/m);
        expect(first.logs.check.stdout).toMatch(/^::warning file=journeys\/first-purchase\.journey,.*title=critical-touchpoint::/m);
        expect(first.outputs['check-exit-code']).toBe('1');
        // Gates never stop the render: the maps are published, the check says what is wrong.
        expect(first.logs.render.code, first.logs.render.stderr).toBe(0);
        expect(readFileSync(path.join(repo, 'maps/FirstPurchase.md'), 'utf8')).toContain('# A first purchase');
        expect(first.logs.diff.code, first.logs.diff.stderr).toBe(0);
        expect(first.logs.diff.stdout).toContain('journey: posted https://github.example/o/r/pull/12#issuecomment-7');
        expect(first.outputs['comment-url']).toBe('https://github.example/o/r/pull/12#issuecomment-7');
        expect(first.logs.verdict.code).toBe(1);
        expect(first.logs.verdict.stderr).toContain('journey check failed (exit 1)');

        writeFileSync(path.join(repo, 'journey.config.json'), '{ "gates": { "maxCriticalTouchpoints": 1 } }\n');
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-am', 'allow one'], { cwd: repo });
        const second = await runAction({ ...inputs, 'render-format': '', 'fail-on': 'score-drop' }, 'second');
        expect(second.outputs['check-exit-code']).toBe('0');
        expect(second.logs.render).toBeUndefined();
        expect(second.logs.diff.stdout).toContain('journey: updated https://github.example/o/r/pull/12#issuecomment-7');
        expect(comments).toHaveLength(1);
        expect(comments[0].body.startsWith('<!-- journey-diff -->')).toBe(true);
        expect(comments[0].body).toContain('| Delivery and use › Delivery | score 4 → 1 (−3) |');
        expect(requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual([
            'GET /repos/o/r/issues/12/comments', 'POST /repos/o/r/issues/12/comments',
            'GET /repos/o/r/issues/12/comments', 'PATCH /repos/o/r/issues/comments/7',
        ]);
        // --fail-on score-drop: the comment is posted first, then the verdict fails the job.
        expect(second.outputs['diff-file']).toMatch(/journey-diff\.md$/);
        expect(second.logs.verdict.code).toBe(1);
        expect(second.logs.verdict.stderr).toContain('journey diff failed (exit 1)');
        expect(readFileSync(path.join(second.runTemp, 'summary.md'), 'utf8')).toContain('<!-- journey-diff -->');
    }, 300_000);
});
