/**
 * A static file server that compresses on the fly, as real hosts do (sirv only serves `.gz`
 * files that already exist), for measuring what a first visit really transfers. Directories
 * serve their index.html; unknown paths get the site's 404.html (or a bare 404). For
 * measurements only: it serves one folder on 127.0.0.1 and nothing else.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

export function serveGzip(folder: string, port: number): Promise<Server> {
	const root = resolve(folder);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
			if (!existsSync(file)) {
				response.writeHead(404).end();
				return;
			}
		}
		const type = extname(file);
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
		if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		headers['content-length'] = String(body.length);
		response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
