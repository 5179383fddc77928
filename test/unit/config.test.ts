import { assertStandalone, ConfigError, DEVELOPMENT_CALLBACK_SECRET, DEVELOPMENT_ENCRYPTION_KEYS, DEVELOPMENT_FINGERPRINT_KEY, FIXTURE_SANCTIONS_LIST, loadConfig } from '../../config';
import { Allowance, memoryBuckets } from '../../api/access/rate-limit';
import { trustProxySetting } from '../../api/app';

describe('configuration', () => {
  it('names every variable PROVIDER_MODE=http cannot run without', () => {
    expect(() => loadConfig({ PROVIDER_MODE: 'http', REGISTRY_API_URL: 'https://registry.example' })).toThrow(ConfigError);
    try {
      loadConfig({ PROVIDER_MODE: 'http', REGISTRY_API_URL: 'https://registry.example' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('REGISTRY_API_KEY: is required with PROVIDER_MODE=http');
      expect(message).toContain('IDENTITY_CALLBACK_SECRET: is required with PROVIDER_MODE=http');
      expect(message).not.toContain('REGISTRY_API_URL:');
    }
  });

  it('derives the public URL from the port, and refuses a short callback secret', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://127.0.0.1:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://api.example/' }).publicUrl).toBe('https://api.example');
    expect(() => loadConfig({ IDENTITY_CALLBACK_SECRET: 'short' })).toThrow(/IDENTITY_CALLBACK_SECRET: must be at least 16 characters/);
  });

  describe('SELLERGATE_MODE=production', () => {
    const realKey = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
    const production = {
      SELLERGATE_MODE: 'production',
      DATABASE_URL: 'postgres://db.internal/sellergate',
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      ENCRYPTION_KEYS: realKey,
      FINGERPRINT_KEY: 'f'.repeat(40),
      SANCTIONS_LIST_FILES: '/lists/SDN.CSV,/lists/ALT.CSV',
      PROVIDER_MODE: 'http',
      REGISTRY_API_URL: 'https://registry.example',
      REGISTRY_API_KEY: 'k',
      IDENTITY_API_URL: 'https://idv.example',
      IDENTITY_API_KEY: 'k',
      BANK_API_URL: 'https://bank.example',
      BANK_API_KEY: 'k',
      TAX_API_URL: 'https://tax.example',
      TAX_API_KEY: 'k',
      CONTACT_API_URL: 'https://contact.example',
      CONTACT_API_KEY: 'k',
      IDENTITY_CALLBACK_SECRET: 's'.repeat(32),
      PUBLIC_URL: 'https://sellergate.example',
    };
    const refusal = (env: Record<string, string | undefined>) => {
      try {
        loadConfig(env as NodeJS.ProcessEnv);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('the configuration was accepted');
    };

    it('starts with its own keys, the official lists and real providers', () => {
      expect(loadConfig(production).mode).toBe('production');
      expect(loadConfig({}).mode).toBe('embedded');
    });

    it('names each thing a production process cannot run without', () => {
      const message = refusal({ SELLERGATE_MODE: 'production' });
      for (const v of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'ENCRYPTION_KEYS', 'FINGERPRINT_KEY', 'SANCTIONS_LIST_FILES']) expect(message).toContain(`${v}: is required`);
      expect(message).toContain('PROVIDER_MODE: sandbox providers');
    });

    it.each([
      ['the sandbox providers', { PROVIDER_MODE: 'sandbox' }, 'PROVIDER_MODE'],
      ['the development encryption key', { ENCRYPTION_KEYS: `${realKey},${DEVELOPMENT_ENCRYPTION_KEYS}` }, 'ENCRYPTION_KEYS: holds the development key'],
      ['the development fingerprint key', { FINGERPRINT_KEY: DEVELOPMENT_FINGERPRINT_KEY }, 'FINGERPRINT_KEY: is the development key'],
      ['the development callback secret', { IDENTITY_CALLBACK_SECRET: DEVELOPMENT_CALLBACK_SECRET }, 'IDENTITY_CALLBACK_SECRET: is the development secret'],
      ['the synthetic list', { SANCTIONS_LIST_FILES: FIXTURE_SANCTIONS_LIST }, 'SANCTIONS_LIST_FILES: names the synthetic test list'],
      ['shortened notice periods', { ENFORCEMENT_NOTICE_HOURS: '0' }, 'ENFORCEMENT_NOTICE_HOURS'],
      ['no public address for the vendors to call back to', { PUBLIC_URL: undefined }, 'PUBLIC_URL: is required with real vendors'],
    ])('refuses %s', (_what, change, named) => {
      expect(refusal({ ...production, ...change })).toContain(named);
    });
  });

  it('a process on its own with real vendors needs the address they call back to', () => {
    const split = {
      DATABASE_URL: 'postgres://db/x',
      TEMPORAL_ADDRESS: 'temporal:7233',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      FINGERPRINT_KEY: 'f'.repeat(40),
      SANCTIONS_LIST_FILES: '/lists/SDN.CSV',
      VERIFF_API_KEY: 'k',
      VERIFF_SHARED_SECRET: 'v'.repeat(20),
    };
    expect(() => assertStandalone(loadConfig(split), 'worker')).toThrow(/PUBLIC_URL: is required with real vendors/);
    expect(() => assertStandalone(loadConfig({ ...split, PUBLIC_URL: 'https://sellergate.example' }), 'worker')).not.toThrow();
  });

  it('a process run on its own needs what it shares with the others, in either mode', () => {
    expect(() => assertStandalone(loadConfig({ DATABASE_URL: 'postgres://db/x', TEMPORAL_ADDRESS: 'temporal:7233' }), 'API')).toThrow(/SANCTIONS_LIST_FILES: is required[\s\S]*/);
    const message = (() => {
      try {
        assertStandalone(loadConfig({ DATABASE_URL: 'postgres://db/x', TEMPORAL_ADDRESS: 'temporal:7233' }), 'worker');
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    })();
    expect(message).toContain('standalone worker');
    for (const v of ['ENCRYPTION_KEYS', 'FINGERPRINT_KEY', 'SANCTIONS_LIST_FILES']) expect(message).toContain(`${v}: is required`);
    expect(message).not.toContain('DATABASE_URL: is required');
  });

  it('downloads the lists from SANCTIONS_LIST_URLS into the data folder, each under its own name, instead of files', () => {
    const config = loadConfig({ DATA_DIR: '/srv/sellergate', SANCTIONS_LIST_URLS: 'https://lists.example/ofac/SDN.CSV, https://lists.example/ofac/ALT.CSV,https://un.example/consolidated.xml' });
    expect(config.sanctionsListDownload).toEqual({
      urls: ['https://lists.example/ofac/SDN.CSV', 'https://lists.example/ofac/ALT.CSV', 'https://un.example/consolidated.xml'],
      dir: '/srv/sellergate/sanctions-lists',
    });
    expect(config.sanctionsListFiles).toEqual(['/srv/sellergate/sanctions-lists/SDN.CSV', '/srv/sellergate/sanctions-lists/ALT.CSV', '/srv/sellergate/sanctions-lists/consolidated.xml']);
    expect(loadConfig({}).sanctionsListDownload).toBeUndefined();
    // A process on its own may take its lists from the publishers instead of files.
    const standalone = { DATABASE_URL: 'postgres://db/x', TEMPORAL_ADDRESS: 'temporal:7233', ENCRYPTION_KEYS: DEVELOPMENT_ENCRYPTION_KEYS, FINGERPRINT_KEY: 'f'.repeat(40) };
    expect(() => assertStandalone(loadConfig({ ...standalone, SANCTIONS_LIST_URLS: 'https://lists.example/SDN.CSV' }), 'worker')).not.toThrow();
    expect(() => loadConfig({ SANCTIONS_LIST_URLS: 'https://a.example/SDN.CSV', SANCTIONS_LIST_FILES: '/lists/SDN.CSV' })).toThrow('give the lists as files or as URLs, not both');
    expect(() => loadConfig({ SANCTIONS_LIST_URLS: 'ftp://ofacftp.treas.gov/fac_delim/SDN.CSV' })).toThrow('is not http(s)');
    expect(() => loadConfig({ SANCTIONS_LIST_URLS: 'SDN.CSV' })).toThrow('is not a URL');
    expect(() => loadConfig({ SANCTIONS_LIST_URLS: 'https://a.example/SDN.CSV,https://b.example/SDN.CSV' })).toThrow('names the file SDN.CSV a second time');
    expect(() => loadConfig({ SANCTIONS_LIST_URLS: 'https://a.example/' })).toThrow('names no file');
  });
});

describe('rate limits', () => {
  it('refill continuously and say how long until the next token', async () => {
    let now = 0;
    const allowance = new Allowance(
      memoryBuckets(() => now),
      60,
      1,
      () => now,
    );
    const taken = [];
    for (let i = 0; i < 61; i++) taken.push((await allowance.take('a')).allowed);
    expect(taken.filter(Boolean)).toHaveLength(60);
    expect(taken[60]).toBe(false);
    expect(allowance.refusal('a')).toBe(1);
    expect(allowance.refusal('b')).toBe(0);
    now = 1000;
    expect(allowance.refusal('a')).toBe(0);
    expect(await allowance.take('a')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect((await allowance.take('a')).allowed).toBe(false);
  });

  it('reserve in batches from the store and spend locally, never more than the store granted', async () => {
    const now = 0;
    const store = memoryBuckets(() => now);
    let calls = 0;
    const counted: typeof store = (...args) => (calls++, store(...args));
    // Two processes on one store, each reserving 5 at a time, on an allowance of 12 a minute.
    const a = new Allowance(counted, 12, 5, () => now);
    const b = new Allowance(counted, 12, 5, () => now);
    const admitted = [];
    for (let i = 0; i < 10; i++) admitted.push((await a.take('k')).allowed, (await b.take('k')).allowed);
    expect(admitted.filter(Boolean)).toHaveLength(12);
    expect(calls).toBeLessThanOrEqual(6);
  });

  it('reads TRUST_PROXY as Express takes it', () => {
    expect([trustProxySetting('true'), trustProxySetting('2'), trustProxySetting('loopback, 10.0.0.0/8')]).toEqual([true, 2, 'loopback, 10.0.0.0/8']);
  });
});
