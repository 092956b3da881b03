/** @type {import('jest').Config} */
module.exports = require('../jest.config.base.js').node({
  displayName: 'e2e',
  testMatch: ['<rootDir>/**/*.e2e.test.ts'],
  testTimeout: 90000,
});
