import { earlyScript, entryLoader } from './early-script';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const script = earlyScript({
  '/': { loans: true, files: ['assets/shell.js', 'assets/apollo.js'] },
  '/courses': { loans: false, files: ['assets/shell.js', 'assets/apollo.js', 'assets/courses.js'] },
});
const run = (path: string) => {
  window.history.replaceState(null, '', path);
  new Function(script)();
};
const operations = (fetch: jest.SpyInstance) =>
  fetch.mock.calls.map(([, init]) => /query (\w+)/.exec(String((init as RequestInit).body))?.[1]);
const preloads = () =>
  [...document.head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}`);
// The answers, then the frame and task after which the script preloads.
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};

let fetch: jest.SpyInstance;
beforeEach(() => {
  fetch = jest.spyOn(globalThis, 'fetch');
});
afterEach(() => {
  fetch.mockRestore();
  delete window.__revolveEarly;
  document.head.innerHTML = '';
});

describe('index.html early requests', () => {
  it('on home ask the session and the loans at once, then preload the screen for a signed-in survivor', async () => {
    fetch.mockImplementation(async (_url, init: RequestInit) =>
      String(init.body).includes('PortalSession')
        ? json({ data: { me: { id: 'u1', displayName: 'Aygün' } } })
        : json({ data: { myLoans: [] } }),
    );
    run('/');
    expect(operations(fetch)).toEqual(['PortalSession', 'PortalMyLoans']);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    // Same-origin credentials (the session cookie) are fetch's default.
    expect(init.credentials).toBeUndefined();
    expect(new Headers(init.headers).get('apollo-require-preflight')).toBe('true');
    await settle();
    expect(preloads()).toEqual([
      'modulepreload /assets/shell.js',
      'modulepreload /assets/apollo.js',
    ]);
    // The app can still read the session answer it takes over.
    const session = (await window.__revolveEarly?.session) as Response;
    await expect(session.json()).resolves.toMatchObject({ data: { me: { id: 'u1' } } });
    expect(window.__revolveEarly?.loans).toBeDefined();
  });

  it('preload nothing and keep no loans for someone signed out', async () => {
    fetch.mockImplementation(async () => json({ data: { me: null } }));
    run('/');
    await settle();
    expect(preloads()).toEqual([]);
    expect(window.__revolveEarly?.loans).toBeUndefined();
    expect(window.__revolveEarly?.session).toBeDefined();
  });

  it('ask only the session on a screen without loans, and nothing off the signed-in screens', async () => {
    fetch.mockImplementation(async () => json({ data: { me: null } }));
    run('/courses/');
    expect(operations(fetch)).toEqual(['PortalSession']);
    delete window.__revolveEarly;
    fetch.mockClear();
    run('/sign-in');
    expect(fetch).not.toHaveBeenCalled();
    expect(window.__revolveEarly).toBeUndefined();
  });

  it('leave a dropped connection to the app, without an unhandled rejection', async () => {
    fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    run('/');
    await settle();
    expect(preloads()).toEqual([]);
    await expect(window.__revolveEarly?.loans).rejects.toThrow('Failed to fetch');
  });
});

describe('index.html entry loader', () => {
  // import() cannot be watched here: the test gives the script a stand-in of the same shape.
  const start = (load: jest.Mock) =>
    new Function('load', entryLoader('assets/index-a.js').replace('import(', 'load('))(load);

  it('starts the app after the loading text has had its frame', async () => {
    const load = jest.fn();
    start(load);
    expect(load).not.toHaveBeenCalled();
    await settle();
    expect(load).toHaveBeenCalledWith('/assets/index-a.js');
  });

  it('starts it at once in a hidden tab, which paints no frames', () => {
    const hidden = jest.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const load = jest.fn();
    start(load);
    expect(load).toHaveBeenCalledWith('/assets/index-a.js');
    hidden.mockRestore();
  });
});
