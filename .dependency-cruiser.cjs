// The layers of docs/architecture.md, checked by `npm run lint` (dependency-cruiser).
// domain (pure) ← services (use cases, ports) ← adapters ← one composition root.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing of ours outside itself, no Node module and no package.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'services-use-no-adapter',
      comment: 'Use cases reach the world through ports; adapters are chosen by the composition root.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(adapters|tab|cli|devtools|demo|appPackage)/|^src/(composition|main|config)\\.ts$' },
    },
    {
      name: 'adapters-are-independent',
      comment: 'No adapter imports another; what two adapters share lives in its own adapter (e.g. graph/).',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/' },
      to: {
        path: '^src/adapters/',
        pathNot: [
          '^src/adapters/$1/',
          // What two adapters share: the Graph client (the SharePoint store and the calendar) and small
          // helpers (the request's time budget, the mutex, the rate limiter, the bearer header).
          '^src/adapters/(graph|shared)/',
        ],
      },
    },
    {
      name: 'tab-talks-http',
      comment: 'The tab runs in the browser: it may share the pure domain and the words, never server code.',
      severity: 'error',
      from: { path: '^src/tab/' },
      to: {
        path: '^src/(services|adapters|cli|devtools|demo|appPackage)/|^src/(composition|main|config)\\.ts$',
        // Pure modules the browser shares with the server, so forms check input by the server's own rules
        // and links are built one way: the input schemas (also of minutes) and text rules, and the tab's link builder.
        pathNot: '^src/services/(schemas|textRules|mywork/links|meetings/minutesSchemas)\\.ts$',
      },
    },
    {
      name: 'only-the-root-wires',
      comment: 'Only the composition root, the entry points and the tests pick adapters.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot:
          '^src/(adapters|composition\\.ts|main\\.ts|config\\.ts|startup\\.ts|cli|devtools|appPackage)',
      },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (entry points excepted).',
      severity: 'error',
      from: {
        orphan: true,
        path: '^src/',
        pathNot: [
          '^src/(main|composition)\\.ts$',
          '^src/cli/',
          '^src/devtools/',
          '^src/appPackage/cli\\.ts$',
          '^src/tab/index\\.tsx$',
          '\\.d\\.ts$',
        ],
      },
      to: {},
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|node_modules)/' },
  },
};
