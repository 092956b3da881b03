// Run in UTC+14 so that any date built at local midnight instead of 12:00 UTC shows up as
// the previous day in Baku (UTC+4): set here because jest sandboxes process.env per test file.
process.env.TZ = 'Pacific/Kiritimati';

// jsdom + swc from the shared base; the setup file adds jest-dom matchers and TextEncoder.
module.exports = require('../../jest.config.base.js').dom({
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
});
