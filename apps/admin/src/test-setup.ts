import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router and Apollo use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Screens are lazy chunks: on a shared, busy machine the first render can take seconds.
configure({ asyncUtilTimeout: 4000 });
