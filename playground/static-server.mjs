// A static file server for out/playground/ (serve.mjs, the browser tests, the benchmark).
// Only files inside the folder; the page's own CSP is in index.html.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const playgroundFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../out/playground');

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
};

/**
 * Serves `folder` on 127.0.0.1:`port` (0: a free port). `prefix` (e.g. `/journey-as-code/`)
 * serves it under a sub-path, as GitHub Pages does.
 */
export function createPlaygroundServer(port = 0, { folder = playgroundFolder, prefix = '/' } = {}) {
    const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!path.startsWith(prefix)) {
            response.writeHead(404).end('Not found');
            return;
        }
        const relative = path.slice(prefix.length) || 'index.html';
        const file = normalize(join(folder, relative.endsWith('/') ? `${relative}index.html` : relative));
        if (!file.startsWith(folder + sep)) {
            response.writeHead(404).end('Not found');
            return;
        }
        try {
            const stats = statSync(file);
            if (!stats.isFile()) {
                throw new Error('not a file');
            }
            response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stats.size });
            createReadStream(file).pipe(response);
        } catch {
            response.writeHead(404).end('Not found');
        }
    });
    return new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            resolvePromise({
                url: `http://127.0.0.1:${address.port}${prefix}`,
                close: () => new Promise((done) => server.close(() => done())),
            });
        });
    });
}
