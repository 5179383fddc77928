/**
 * The console's API types, generated from /openapi.json (itself generated from the route table):
 * `npm run console:types` writes console/src/api-schema.ts; with `--check` it only says whether the
 * file is current (exit 1 when stale), which a unit test runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from '../api/openapi/document';

const file = join(__dirname, '..', 'console', 'src', 'api-schema.ts');

async function generate(): Promise<string> {
  // ESM-only dependencies underneath: loaded here, under tsx, and never by the API itself.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(JSON.stringify(openApiDocument())));
  return `/* Generated from /openapi.json by scripts/console-api-types.ts (npm run console:types): do not edit. */\n${astToString(ast)}`;
}

generate().then((text) => {
  if (!process.argv.includes('--check')) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  } else if (readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is stale: run npm run console:types`);
    process.exit(1);
  }
});
