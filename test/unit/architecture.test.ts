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
/** What the API itself owns and writes: its idempotency keys and the audit of reads (not business state). */
/** Reads whose names do not say so. */
const alsoReads = new Set(['openAppealOn', 'complaintBases', 'inquiryBases']);
const apiOwned = new Set(['reserveIdempotencyKey', 'storeIdempotentResponse', 'appendAudit', 'useFieldKeyring', 'createDb']);

/**
 * Business writes still made by routes, each to move into an activity of a workflow (issue
 * "One redesign step", step 2). This list may only shrink: a new entry fails the test below.
 */
const stillWrittenByRoutes = new Set([
  'api/onboarding/documents.ts recordDocument',
  'api/onboarding/provider-callbacks.ts recordCallback',
  'api/performance/metrics.ts storeMetrics',
  'api/retention/retention.ts eraseAmlRecords',
  'api/retention/retention.ts eraseTraderData',
  'api/retention/retention.ts placeHold',
  'api/retention/retention.ts releaseHold',
  'api/retention/retention.ts erasure_requests.insert',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every repository function a file imports, and every knex insert/update/delete on a named table. */
function writesOf(file: string): string[] {
  const rel = relative(root, file);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
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

const apiWrites = sourceFiles(join(root, 'api')).flatMap(writesOf);

it('finds the writes it is looking for (the check can fail)', () => {
  const probe = join(root, 'api', 'retention', 'retention.ts');
  expect(writesOf(probe)).toEqual(expect.arrayContaining(['api/retention/retention.ts placeHold', 'api/retention/retention.ts erasure_requests.insert']));
});

it('no API route writes a business table except the listed ones still to move into workflows', () => {
  expect(apiWrites.filter((w) => !stillWrittenByRoutes.has(w))).toEqual([]);
});

it('the list of writes still to move holds no entry that is already gone', () => {
  expect([...stillWrittenByRoutes].filter((w) => !apiWrites.includes(w))).toEqual([]);
});
