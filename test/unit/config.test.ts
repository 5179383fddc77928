import { ConfigError, loadConfig } from '../../config';

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
});
