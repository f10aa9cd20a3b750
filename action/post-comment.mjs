// Posts the journey diff Markdown as a pull-request comment, or updates the one posted before
// (found by the marker it starts with). GitHub's REST API through fetch: no gh, no packages.
import { appendFileSync, readFileSync } from 'node:fs';

const MARKER = '<!-- journey-diff -->';
const body = readFileSync(process.argv[2], 'utf8');
const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
const repository = process.env.GITHUB_REPOSITORY;
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const number = event.pull_request?.number;
if (!repository || !number) {
    fail('not a pull request: nothing to comment on');
}
const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
    'content-type': 'application/json',
    'x-github-api-version': '2022-11-28',
};

async function request(method, url, payload) {
    const response = await fetch(url, { method, headers, body: payload && JSON.stringify(payload) });
    if (!response.ok) {
        // A fork's pull request gets a read-only token: say so instead of a stack trace.
        fail(`${method} ${new URL(url).pathname}: ${response.status} ${response.statusText}${response.status === 403 ? ' (a read-only token, as on pull requests from forks?)' : ''}`);
    }
    return response.json();
}

async function previousComment() {
    for (let page = 1; page <= 50; page++) {
        const comments = await request('GET', `${api}/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`);
        const found = comments.find((comment) => typeof comment.body === 'string' && comment.body.startsWith(MARKER));
        if (found || comments.length < 100) {
            return found;
        }
    }
    return undefined;
}

function fail(message) {
    console.error(`::warning title=journey diff comment::${message}`);
    process.exit(0);
}

const previous = await previousComment();
const comment = previous
    ? await request('PATCH', `${api}/repos/${repository}/issues/comments/${previous.id}`, { body })
    : await request('POST', `${api}/repos/${repository}/issues/${number}/comments`, { body });
console.log(`journey: ${previous ? 'updated' : 'posted'} ${comment.html_url}`);
if (process.env.GITHUB_OUTPUT) {
    appendFileSync(process.env.GITHUB_OUTPUT, `comment-url=${comment.html_url}\n`);
}
