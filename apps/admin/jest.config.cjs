// jsdom + swc from the shared base, with the fetch API added (see @revolve/ui/jest-environment);
// the setup file adds jest-dom matchers and TextEncoder.
module.exports = require('../../jest.config.base.js').dom({
  testEnvironment: require.resolve('@revolve/ui/jest-environment'),
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
});
