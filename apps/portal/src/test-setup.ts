import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router and Apollo use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The session remembers who signed in for the page load; each test starts signed out.
import { forgetUser } from './session';
afterEach(() => {
  forgetUser();
  window.localStorage.clear();
  jest.restoreAllMocks();
});
