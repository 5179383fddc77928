/**
 * Serves the embedded database of a data directory from its own process, as `npm start` does,
 * and prints its URL. (PGlite's own dynamic imports cannot run inside Jest's module sandbox.)
 */
import { openEmbeddedDatabase } from '../../db/embedded';

async function main(): Promise<void> {
  const embedded = await openEmbeddedDatabase(process.argv[2], 0);
  process.stdout.write(`${JSON.stringify({ url: embedded.url })}\n`);
  process.once('SIGTERM', async () => {
    await embedded.close();
    process.exit(0);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
