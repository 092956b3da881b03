// Two projects: fast unit tests, and integration tests that drive the real HTTP server
// on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL.
const base = require('../../jest.config.base.js');

module.exports = {
  testTimeout: 60000,
  projects: [
    base.node({
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/bench/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.int\\.test\\.ts$'],
    }),
    base.node({
      displayName: 'integration',
      testMatch: ['<rootDir>/src/**/*.int.test.ts'],
    }),
  ],
};
