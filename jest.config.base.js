// Shared jest configuration: every workspace transpiles TypeScript with swc
// (fast, keeps decorator metadata for type-graphql/TypeORM) and resolves
// workspace packages from source through the "source" export condition.
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx, decorators: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        ...(tsx ? { react: { runtime: 'automatic' } } : {}),
      },
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  // These machines are shared and noisy: a lazily loaded screen can take seconds to render.
  testTimeout: 15000,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

/** Node workspaces (domain, api). */
exports.node = (overrides = {}) => ({
  ...common,
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'require', 'default'] },
  transform: { '^.+\\.(t|j)sx?$': swc(false) },
  ...overrides,
});

/** Browser workspaces (ui, admin, portal). */
exports.dom = (overrides = {}) => ({
  ...common,
  testEnvironment: 'jsdom',
  testEnvironmentOptions: {
    customExportConditions: ['source', 'browser', 'require', 'default'],
  },
  transform: { '^.+\\.(t|j)sx?$': swc(true) },
  moduleNameMapper: { '\\.(css|svg|png)$': 'identity-obj-proxy' },
  ...overrides,
});
