/** GET /v1/me: who the caller's key is and what it may do, so a client (the console) shows only that. */
import { Router } from 'express';
import { permissions, type Permission } from './authorization';
import type { ApiDeps } from '../deps';

export function meRouter(_deps: ApiDeps): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const key = req.apiKey!;
    const allowed = (Object.keys(permissions) as Permission[]).filter((p) => (permissions[p] as readonly string[]).includes(key.role));
    res.json({ object: 'api_key', id: key.id, name: key.name, role: key.role, permissions: allowed, ...(key.authority ? { authority: key.authority, jurisdiction: key.jurisdiction } : {}) });
  });
  return router;
}
