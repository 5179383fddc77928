/** What the global setup started, passed to the test files through the environment. */
export interface TestEnvironmentInfo {
  temporalAddress: string;
  postgresAdminUrl: string;
  templateDatabase: string;
  workflowBundlePath: string;
}

export const ENV_KEY = 'SELLERGATE_TEST_ENV';

export function testEnvironment(): TestEnvironmentInfo {
  const raw = process.env[ENV_KEY];
  if (!raw) throw new Error('the global test setup did not run (use npm test)');
  return JSON.parse(raw) as TestEnvironmentInfo;
}

/** A URL for another database on the same server. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
