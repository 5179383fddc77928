/** The Express app: /v1 resources behind API keys, operations endpoints in the open. */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { authentication } from './access/auth';
import { useFieldKeyring } from '../db/field-keyring';
import { rateLimit } from './access/rate-limit';
import type { ApiDeps } from './deps';
import { openApiDocument } from './openapi/document';
import { errorHandler, Problem } from './shared/problem';
import { applicationsRouter } from './onboarding/applications';
import { codecRouter } from './operations/codec';
import { consoleRouter } from './operations/console';
import { adminRouter } from './operations/admin';
import { appealsRouter } from './appeals/appeals';
import { appealFilingRouter } from './appeals/filing';
import { metricsRouter } from './performance/metrics';
import { documentsRouter } from './onboarding/documents';
import { enforcementsRouter } from './enforcement/enforcements';
import { governanceRouter } from './governance/governance';
import { healthRouter } from './operations/health';
import { meRouter } from './access/me';
import { inquiriesRouter } from './inquiries/inquiries';
import { investigationsRouter } from './investigations/investigations';
import { reportsRouter } from './investigations/reports';
import { retentionRouter } from './retention/retention';
import { providerCallbacksRouter } from './onboarding/provider-callbacks';
import { reviewFilesRouter } from './review/review-files';
import { reviewTasksRouter } from './review/review-tasks';
import { screeningsRouter } from './screening/screenings';
import { sellersRouter } from './sellers/sellers';

export function createApp(deps: ApiDeps): Express {
  useFieldKeyring(deps.config.keyring);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    req.requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.set('X-Request-Id', req.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      deps.logger.info(
        { requestId: req.requestId, method: req.method, route: req.route?.path ?? req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6, keyId: req.apiKey?.id },
        'request',
      );
    });
    next();
  });

  app.use(healthRouter(deps));
  const document = openApiDocument();
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });

  app.use('/codec', codecRouter(deps));
  app.use('/console', consoleRouter());
  // Vendors sign their callbacks instead of holding an API key.
  app.use('/v1/provider-callbacks', providerCallbacksRouter(deps));

  const v1 = express.Router();
  // Authenticate before parsing: an anonymous caller learns nothing about what the body should be.
  v1.use(authentication(deps.db));
  v1.use(rateLimit(deps.config.RATE_LIMIT_PER_MINUTE));
  v1.use(express.json({ limit: '1mb', strict: true }));
  v1.use('/me', meRouter(deps));
  v1.use('/governance', governanceRouter(deps));
  v1.use('/applications/:id/documents', documentsRouter(deps));
  v1.use('/applications/:id/review-file', reviewFilesRouter(deps));
  v1.use('/applications', applicationsRouter(deps));
  v1.use('/review-tasks', reviewTasksRouter(deps));
  v1.use('/screenings', screeningsRouter(deps));
  v1.use('/sellers', sellersRouter(deps));
  v1.use('/sellers', appealFilingRouter(deps));
  v1.use('/sellers', metricsRouter(deps));
  v1.use('/enforcements', enforcementsRouter(deps));
  v1.use('/appeals', appealsRouter(deps));
  v1.use('/admin', adminRouter(deps));
  v1.use('/reports', reportsRouter(deps));
  v1.use('/investigations', investigationsRouter(deps));
  v1.use('/inquiries', inquiriesRouter(deps));
  v1.use(retentionRouter(deps));
  app.use('/v1', v1);

  app.use((req, _res) => {
    throw new Problem(404, 'route_not_found', `No route for ${req.method} ${req.path}`);
  });
  app.use(
    errorHandler((err, req) =>
      deps.logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack }, method: req.method, path: req.path }, 'unhandled error'),
    ),
  );
  return app;
}
