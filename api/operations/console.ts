/**
 * The reviewer console at /console: the static files `npm run console:build` writes to
 * dist/console. Hashed assets are cached for good; index.html never, so a new build shows at once.
 * A strict Content-Security-Policy: the console loads nothing but its own files and talks only to
 * this API. Without a build, /console says how to make one instead of a bare 404.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router } from 'express';
import { Problem } from '../shared/problem';

/** From the source tree (api/operations/, dist/ two up) or a compiled one (dist/api/operations/ beside dist/console). */
const candidates = [resolve(__dirname, '..', '..', 'dist', 'console'), resolve(__dirname, '..', '..', 'console')];

export function consoleDirectory(): string | undefined {
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function consoleRouter(directory = consoleDirectory()): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.set(securityHeaders);
    next();
  });
  if (!directory) {
    router.use(() => {
      throw new Problem('console_not_built', 'The console is not built: run `npm run console:build` (npm start does it)', { retryAfterSeconds: 60 });
    });
    return router;
  }
  router.use('/assets', express.static(join(directory, 'assets'), { immutable: true, maxAge: '365d' }));
  const index = join(directory, 'index.html');
  router.get('/', (req, res) => {
    // /console without the slash: the page's relative asset paths need it.
    if (!req.originalUrl.split('?')[0].endsWith('/')) return res.redirect(301, '/console/');
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
