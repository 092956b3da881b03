import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router and Apollo use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Screens arrive lazily (screen chunk, then its texts, then its data): on a busy machine that
// takes longer than the default 1 s of findBy queries.
configure({ asyncUtilTimeout: 4000 });

// The session remembers who signed in for the page load; each test starts signed out.
import { forgetUser } from './session';
afterEach(() => {
  forgetUser();
  window.localStorage.clear();
  jest.restoreAllMocks();
});
