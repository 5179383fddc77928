/** The Express app: /v1 resources behind API keys, operations endpoints in the open. */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { useFieldKeyring } from '../db/field-keyring';
import type { ApiDeps } from './deps';
import { openApiDocument } from './openapi/document';
import { errorHandler, Problem } from './shared/problem';
import { codecRouter } from './operations/codec';
import { apiMetrics, metricsRouter } from './operations/metrics';
import { consoleRouter } from './operations/console';
import { routes } from './routes';
import { mountMethodNotAllowed, mountRoutes, type MountOptions } from './shared/mount';

/** `options.checkContract` holds every answer to its route's declaration (the tests turn it on). */
export function createApp(deps: ApiDeps, options: MountOptions = {}): Express {
  useFieldKeyring(deps.config.keyring);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Behind a load balancer, the client's address (for the failed-authentication limit) is in X-Forwarded-For.
  if (deps.config.TRUST_PROXY !== undefined) app.set('trust proxy', trustProxySetting(deps.config.TRUST_PROXY));

  const metrics = apiMetrics(deps);
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    req.requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.set('X-Request-Id', req.requestId);
    // Stopping: the client should take its next request to another process. Decided when the
    // headers go out, not when the request came in: a request in flight when the stop began counts.
    if (deps.lifecycle) {
      const lifecycle = deps.lifecycle;
      const writeHead = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
        if (lifecycle.stopping) this.setHeader('Connection', 'close');
        return writeHead.apply(this, args);
      } as typeof res.writeHead;
    }
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      deps.logger.info({ requestId: req.requestId, method: req.method, route: req.route?.path ?? req.path, status: res.statusCode, ms, keyId: req.apiKey?.id }, 'request');
      // By the route's template only: a path with IDs in it would make a series per record.
      metrics.request(req.method, req.route?.path ?? 'unmatched', res.statusCode, ms / 1000);
    });
    next();
  });

  const document = openApiDocument();
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  app.use(metricsRouter(deps));
  app.use('/codec', codecRouter(deps));
  app.use('/console', consoleRouter());

  const api = express.Router();
  mountRoutes(api, routes, deps, options);
  mountMethodNotAllowed(api, routes, { '/openapi.json': ['GET'], '/metrics': ['GET'], '/codec/encode': ['POST'], '/codec/decode': ['POST'] });
  app.use(api);

  app.use((req, _res) => {
    throw new Problem('route_not_found', `No route for ${req.method} ${req.path}`);
  });
  app.use(
    errorHandler((err, req) =>
      deps.logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack }, method: req.method, path: req.path }, 'unhandled error'),
    ),
  );
  return app;
}

/** TRUST_PROXY as Express takes it: a hop count, true/false, or addresses and subnets ("loopback, 10.0.0.0/8"). */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
