// The API tests' contract check is wired in: with a documented answer the real one does not keep (here the
// health probe's `store` made to be something no store is called), the call that gets it fails the test.
// The check itself (status, media type, body) is tested in ./openapi.test.ts.
import { startTestApp, type TestApp } from '../support/testApp';

jest.mock('../../src/services/responses/views', () => {
  const actual = jest.requireActual<typeof import('../../src/services/responses/views')>(
    '../../src/services/responses/views',
  );
  const { z } = jest.requireActual<typeof import('zod')>('zod');
  return { ...actual, health: z.looseObject({ status: z.literal('ok'), store: z.literal('no-such-store') }) };
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoData: false });
});
afterAll(async () => {
  await t?.stop();
});

it('fails the call whose answer breaks the documented schema, and passes the others', async () => {
  await expect(t.call('GET', '/api/health')).rejects.toThrow(
    /breaks the API contract[\s\S]*GET \/api\/health \(getHealth\) → 200: #\/store/,
  );
  expect((await t.call('GET', '/api/objects')).status).toBe(200);
});
