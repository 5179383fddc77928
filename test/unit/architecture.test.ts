/**
 * One writer per fact (../shared/DESIGN.md section 2): API routes read repositories and start,
 * signal or update workflows; only activities write business tables. dependency-cruiser checks the
 * layers by module (npm run lint:deps); this checks by name which repository functions the API
 * imports, and which tables it touches with knex, because a module can hold reads and writes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');

/** Repository functions that only read, by their names' convention. */
const readName = /^(find|list|latest|open[A-Z]\w*s$|active|count|screeningSubject|callbackSeen|authenticate|verifyAuditChain|[a-z]+Figures|transparencyReport|governance)/;
/**
 * What the API itself owns and writes, none of it business state: its idempotency keys, the audit of
 * reads and the marks of its five-minute window, the rate limit's token buckets, and the log of
 * signed provider callbacks it received (an inbox that dedupes vendor retries, written where they
 * arrive; a callback for a finished process has no workflow to own it).
 */
/** Reads whose names do not say so. */
const alsoReads = new Set(['openAppealOn', 'complaintBases', 'inquiryBases']);
const apiOwned = new Set([
  'reserveIdempotencyKey',
  'storeIdempotentResponse',
  'appendAudit',
  'claimReadAudit',
  'forgetOldReadMarks',
  'reserveTokens',
  'forgetFullBuckets',
  'useFieldKeyring',
  'createDb',
  'recordCallback',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every repository function a file imports, and every knex insert/update/delete on a named table. */
function writesIn(rel: string, text: string): string[] {
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && /\/db\//.test(node.moduleSpecifier.text) && !node.importClause?.isTypeOnly) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          const name = (el.propertyName ?? el.name).text;
          if (!el.isTypeOnly && /^[a-z]/.test(name) && !readName.test(name) && !alsoReads.has(name) && !apiOwned.has(name)) found.push(`${rel} ${name}`);
        }
      }
    }
    // db('table').insert(...) / .update(...) / .del() / .delete()
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['insert', 'update', 'del', 'delete', 'upsert'].includes(node.expression.name.text)) {
      let inner: ts.Expression = node.expression.expression;
      while (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression)) inner = inner.expression.expression;
      if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && ['db', 'trx'].includes(inner.expression.text) && inner.arguments[0] && ts.isStringLiteral(inner.arguments[0])) {
        found.push(`${rel} ${inner.arguments[0].text}.${node.expression.name.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

it('finds a write when a route makes one (the check can fail)', () => {
  const route = `
    import { findSeller, placeHold } from '../../db/retention/retention';
    import type { ReviewTaskRow } from '../../db/review/review-tasks';
    router.post('/', async () => { await db('erasure_requests').insert({ id }); await db('sellers').where({ id }).first(); });`;
  expect(writesIn('api/x.ts', route).sort()).toEqual(['api/x.ts erasure_requests.insert', 'api/x.ts placeHold']);
});

it('no API route writes a business table: the workflows’ activities do', () => {
  const writes = sourceFiles(join(root, 'api')).flatMap((file) => writesIn(relative(root, file), readFileSync(file, 'utf8')));
  expect(writes).toEqual([]);
});
