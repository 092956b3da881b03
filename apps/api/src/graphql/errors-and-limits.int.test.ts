import { resolverCalls } from '../test-support/resolver-counter';
import { describeEachDatabase } from '../test-support/test-server';

// Every field resolver of the server's schema counts its calls: refusals must come before any.
jest.mock('./schema', () => {
  const actual = jest.requireActual<typeof import('./schema')>('./schema');
  const { countResolverCalls } = jest.requireActual<
    typeof import('../test-support/resolver-counter')
  >('../test-support/resolver-counter');
  return {
    ...actual,
    buildAppSchema: async () => countResolverCalls(await actual.buildAppSchema()),
  };
});

describeEachDatabase(
  'errors and operation limits',
  (api) => {
    it('never echoes input values in coercion errors and names the field', async () => {
      const r = await api().gql(
        'mutation L($input: LoginInput!) { login(input: $input) { token } }',
        {
          input: { username: 'admin', password: 987654321 },
        },
      );
      expect(r.status).toBe(400);
      const text = JSON.stringify(r.body);
      expect(text).not.toContain('987654321');
      expect(r.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
      });
    });

    it('never echoes a password when an unknown field is sent alongside it', async () => {
      const r = await api().gql(
        'mutation L($input: LoginInput!) { login(input: $input) { token } }',
        {
          input: { username: 'admin', password: 'hunter2-very-secret', remember: true },
        },
      );
      expect(JSON.stringify(r.body)).not.toContain('hunter2-very-secret');
      expect(r.body.errors?.[0]?.message).toContain('remember');
    });

    it('reports class-validator failures with the field, not the value', async () => {
      const token = await api().login('admin');
      const r = await api().gql(
        `mutation C($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }`,
        {
          input: {
            username: 'new.user',
            displayName: 'X Y',
            role: 'ANALYST',
            password: 'short-pw',
          },
        },
        { token },
      );
      expect(r.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
      });
      expect(JSON.stringify(r.body)).not.toContain('short-pw');
    });

    it('has no stack traces and gives every error a request id matching the header', async () => {
      const r = await api().gql('{ beneficiaries { totalCount } }');
      expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.body.errors?.[0]?.extensions?.requestId).toBe(r.headers.get('x-request-id'));
      expect(JSON.stringify(r.body)).not.toContain('stacktrace');
    });

    it('refuses operations over the depth limit with a clear message', async () => {
      const before = resolverCalls();
      const r = await api().gql('{ me { beneficiary { district { name } } } }', {}, {});
      expect(resolverCalls()).toBe(before);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.message).toMatch(/nested 4 levels deep; the limit is 3/);
    });
  },
  { limits: { maxDepth: 3 } },
);

describeEachDatabase('operation limits (defaults)', (api) => {
  it('counts resolver calls (so that the zeros below mean something)', async () => {
    const before = resolverCalls();
    await api().gql('{ me { id } }');
    expect(resolverCalls()).toBeGreaterThan(before);
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    const before = resolverCalls();
    const r = await api().gql(`{ ${fields} }`);
    expect(resolverCalls()).toBe(before);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/31 aliases; the limit is 30/);
  });

  it('refuses operations whose estimated cost is too high, before any resolver runs', async () => {
    const page =
      'beneficiaries(first: 100) { edges { node { id code household { id sex birthYear relation } } } }';
    const fields = Array.from({ length: 6 }, (_, i) => `p${i}: ${page}`).join(' ');
    const before = resolverCalls();
    const r = await api().gql(`{ ${fields} }`);
    expect(resolverCalls()).toBe(before);
    // Not signed in: had anything run, the error would be UNAUTHENTICATED.
    expect(r.body.errors?.[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
    expect(r.body.errors?.[0]?.message).toMatch(/estimated cost/);
  });

  it('counts `first` given as a variable', async () => {
    const q = `query Q($n: Int) { ${Array.from({ length: 6 }, (_, i) => `p${i}: beneficiaries(first: $n) { edges { node { id household { id sex } } } }`).join(' ')} }`;
    expect((await api().gql(q, { n: 100 })).body.errors?.[0]?.extensions?.code).toBe(
      'OPERATION_TOO_COMPLEX',
    );
    expect((await api().gql(q, { n: 5 })).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses documents with too many tokens', async () => {
    const before = resolverCalls();
    const r = await api().gql(`{ me { ${'id '.repeat(6000)} } }`);
    expect(resolverCalls()).toBe(before);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/5000 tokens/);
  });

  it('refuses batched arrays, text/plain and header-less GETs, huge bodies and huge variables, resolving nothing', async () => {
    const post = (body: string, contentType = 'application/json') =>
      api().fetch('/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });
    const login = (username: string) =>
      JSON.stringify({
        query: 'mutation L($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { username, password: 'demo-password' } },
      });
    const before = resolverCalls();
    const refusals = [
      await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])),
      // CSRF: a form or a simple cross-site request cannot set JSON or a custom header.
      await post(login('admin'), 'text/plain'),
      await api().fetch(`/graphql?query=${encodeURIComponent('{ me { id } }')}`),
      await post(JSON.stringify({ query: `{ me { id } } #${'x'.repeat(10 * 1024 * 1024)}` })),
      await post(login('a'.repeat(1024 * 1024))),
    ];
    expect(refusals.map((r) => r.status)).toEqual([400, 400, 400, 413, 413]);
    const bodies = await Promise.all(refusals.map((r) => r.text()));
    expect(bodies.every((b) => !/at \w+ \(|node_modules/.test(b))).toBe(true);
    expect(resolverCalls()).toBe(before);
  });

  it('lets a realistic analyst query and the full introspection query through', async () => {
    const token = await api().login('analyst.undp');
    const r = await api().gql(
      `{ districts { code name } beneficiaries(first: 50) { totalCount edges { node { code sex birthYear householdSize district { code } } } } }`,
      {},
      { token },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.beneficiaries.totalCount).toBe(40);
    const { getIntrospectionQuery } = await import('graphql');
    const i = await api().gql(getIntrospectionQuery());
    expect(i.body.errors).toBeUndefined();
  });

  it('masks unknown failures, logs them server-side with the request id the client sees', async () => {
    const token = await api().login('admin');
    // A broken data source stands in for an unexpected failure inside a resolver.
    const original = api().dataSource.getRepository.bind(api().dataSource);
    const spy = jest.spyOn(api().dataSource, 'getRepository').mockImplementation((target) => {
      if (typeof target === 'function' && target.name === 'OrganizationEntity')
        throw new Error('disk on fire at /var/lib/x');
      return original(target);
    });
    try {
      const r = await api().gql('{ organizations { code } }', {}, { token });
      const error = r.body.errors?.[0];
      expect(error?.message).not.toContain('disk on fire');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(api().loggedErrors.some((m) => m.includes(String(error?.extensions?.requestId)))).toBe(
        true,
      );
    } finally {
      spy.mockRestore();
    }
  });
});
