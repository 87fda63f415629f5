// Serves noVNC's web client (Debian's `novnc` package, /usr/share/novnc) as
// nova-novncproxy does with its --web directory: GET and HEAD of files under
// one root, nothing outside it, no directory listings.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

export const DEFAULT_NOVNC_DIR = '/usr/share/novnc';
/** The page console URLs open (noVNC's lightweight client, which connects at once; Nova's default too). */
export const NOVNC_PAGE = 'vnc_lite.html';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.oga': 'audio/ogg',
};

export class StaticFiles {
  private root?: Promise<string>;

  constructor(private readonly dir: string) {}

  /** Answers the request; every outcome is an HTTP status, never a throw. */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://proxy').pathname);
    } catch {
      return plain(res, 400, 'bad path');
    }
    if (path === '/') {
      res.writeHead(302, { location: `/${NOVNC_PAGE}` }).end();
      return;
    }
    if (path.includes('\0')) return plain(res, 400, 'bad path');
    try {
      this.root ??= realpath(this.dir);
      const root = await this.root;
      // Symlinks are followed (Debian links vnc_auto.html to vnc.html) but must stay under the root.
      const file = await realpath(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return plain(res, 404, 'not found');
      const st = await stat(file);
      if (!st.isFile()) return plain(res, 404, 'not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      plain(res, 404, 'not found');
    }
  }
}

export function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}
