/** GET /v1/me: who the caller's key is and what it may do, so a client (the console) shows only that. */
import { z } from 'zod';
import { route } from '../shared/route';
import { permissions, type Permission } from './authorization';

const meResponse = z.object({
  object: z.literal('api_key'),
  id: z.string(),
  name: z.string(),
  role: z.string(),
  permissions: z.array(z.enum(Object.keys(permissions) as [Permission, ...Permission[]])),
  authority: z.string().optional().meta({ description: "a regulator key's authority" }),
  jurisdiction: z.string().optional(),
});

export const meRoutes = [
  route({
    method: 'get',
    path: '/v1/me',
    summary: "The caller's key: name, role and the permissions the role holds",
    access: 'key',
    responses: { 200: { description: 'the key', schema: meResponse } },
    problems: [],
  }).handle(async ({ req }) => {
    const key = req.apiKey!;
    const allowed = (Object.keys(permissions) as Permission[]).filter((p) => (permissions[p] as readonly string[]).includes(key.role));
    return {
      status: 200,
      body: {
        object: 'api_key' as const,
        id: key.id,
        name: key.name,
        role: key.role,
        permissions: allowed,
        ...(key.authority ? { authority: key.authority, jurisdiction: key.jurisdiction ?? undefined } : {}),
      },
    };
  }),
];
