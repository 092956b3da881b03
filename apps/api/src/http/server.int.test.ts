import { describeEachDatabase } from '../test-support/test-server';

describeEachDatabase('HTTP server', (api) => {
  it('answers /healthz with 200 while the database answers', async () => {
    const res = await api().fetch('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: api().kind });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });

  it('serves a helpful page where an SPA is not built, and keeps /graphql for the API', async () => {
    const portal = await api().fetch('/some/client/route');
    expect(portal.status).toBe(503);
    expect(await portal.text()).toContain('portal has not been built');
    const admin = await api().fetch('/admin/beneficiaries');
    expect(await admin.text()).toContain('admin app has not been built');
  });

  it('answers a query over HTTP', async () => {
    const r = await api().gql('{ me { id } }');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { me: null } });
  });

  it('refuses batched (array) requests with 400', async () => {
    const res = await api().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
        .code,
    ).toBe('BATCH_NOT_SUPPORTED');
  });

  it('blocks CSRF-prone requests (text/plain POST, header-less GET)', async () => {
    const post = await api().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(post.status).toBe(400);
    const get = await api().fetch(`/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const allowed = await api().fetch(`/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers malformed JSON with a 400 and no stack trace', async () => {
    const res = await api().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('not valid JSON');
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('compresses answers from 1 KB up for clients that accept it, and only those', async () => {
    const post = (query: string, encoding: string) =>
      api().fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body: JSON.stringify({ query }),
      });
    const large = '{ __schema { types { name description } } }';
    const zipped = await post(large, 'gzip, deflate');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = (await zipped.json()) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(20);
    // Browsers ask for Brotli over https, and get it.
    const brotli = await post(large, 'gzip, deflate, br');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(await brotli.json()).toEqual(body);
    const plain = await post(large, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(body);
    // A small answer costs more to compress than it saves.
    const small = await post('{ me { id } }', 'gzip');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { me: null } });
  });

  it('keeps introspection on for analysts', async () => {
    const r = await api().gql(
      '{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
    );
    expect(r.body.data).toBeTruthy();
    expect(r.body.errors).toBeUndefined();
  });
});
