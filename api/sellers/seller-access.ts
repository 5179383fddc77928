/** The seller a request names, if the caller may see it: a frontend sees only its own client's sellers. */
import type { Request } from 'express';
import type { Db } from '../../db/knex';
import { hasPrefix } from '../../domain/shared/ids';
import { seesClient } from '../access/auth';
import { notFound } from '../shared/problem';

export async function sellerOr404(db: Db, req: Request, id: string) {
  const seller = hasPrefix(id, 'seller') ? await db('sellers').where({ id }).first() : undefined;
  if (!seller || !seesClient(req, seller.client_id)) throw notFound('The seller');
  return seller;
}
