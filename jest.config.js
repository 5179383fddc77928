/** Unit, workflow, integration and e2e tests; one global setup starts the real services once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The fault-injection tests are slow: `npm run test:faults` runs them (CI does, after `npm test`).
  testPathIgnorePatterns: process.env.SELLERGATE_FAULTS ? ['/node_modules/'] : ['/node_modules/', '/test/faults/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
    // any-ascii and double-metaphone ship only ES modules; Jest's CommonJS runtime needs them compiled.
    'node_modules/(any-ascii|double-metaphone)/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(any-ascii|double-metaphone)/)'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
