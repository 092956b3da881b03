// jsdom as a browser has it, plus the fetch API: jsdom leaves out Request, Response, Headers
// and fetch, which react-router (lazy routes) and Apollo's HttpLink need. They come from Node,
// with Node's AbortController so that a Request accepts the signal it is given.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'Blob',
  'ReadableStream',
  'TransformStream',
  'WritableStream',
  'AbortController',
  'AbortSignal',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

class BrowserWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = BrowserWithFetchEnvironment;
