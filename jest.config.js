/** @type {import('jest').Config} */
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 20000,
};

module.exports = {
  projects: [
    // Everything, on the embedded store.
    { ...base, displayName: 'default', testMatch: ['**/*.test.ts'] },
    // The API suite again, with STORE=sharepoint over a fake of Microsoft Graph (tests/support/fakeGraph).
    {
      ...base,
      displayName: 'api-sharepoint',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/fakeGraph/useSharePointStore.ts'],
    },
  ],
  // The API tests start real servers on loopback; two workers match the machine's two cores.
  maxWorkers: 2,
  testTimeout: 20000,
};
