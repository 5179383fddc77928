/**
 * Installs the test tools that come from PyPI into the tools folder when they are not found:
 * moto's S3 server (the S3 document storage test) and, with --fuzzer, schemathesis (the API fuzz
 * test). A failed install is reported; the test that needs the tool then says it is skipped.
 */
import { ensurePythonTool, moto, schemathesis } from './python-tools';

console.log(`moto server: ${ensurePythonTool(moto, 'the S3 storage test') ?? 'not available'}`);
if (process.argv.includes('--fuzzer')) console.log(`schemathesis: ${ensurePythonTool(schemathesis, 'the API fuzz test') ?? 'not available'}`);
