import { delegatedToken, runAsSignedIn } from '../../../src/adapters/identity/requestDelegation';
import { bearerToken } from '../../../src/adapters/shared/bearer';
import { AppError } from '../../../src/services/errors';

const calls: unknown[] = [];
const token = delegatedToken(
  { tokenFor: async (user, scopes) => (calls.push({ user, scopes }), `graph-token-for-${user.oid}`) },
  ['s'],
);

describe('acting On-Behalf-Of the signed-in person only', () => {
  it('gives a token for the person signed in to this request', async () => {
    const result = await runAsSignedIn({ personId: 'p1', oid: 'oid-1', assertion: 'bearer-1' }, () =>
      token('p1'),
    );
    expect(result).toBe('graph-token-for-oid-1');
    expect(calls.at(-1)).toEqual({ user: { oid: 'oid-1', assertion: 'bearer-1' }, scopes: ['s'] });
  });

  it('refuses to act for anyone else, or outside a signed-in request', async () => {
    const other = runAsSignedIn({ personId: 'p1', oid: 'oid-1', assertion: 'bearer-1' }, () => token('p2'));
    await expect(other).rejects.toBeInstanceOf(AppError);
    await expect(other).rejects.toMatchObject({ kind: 'forbidden', key: 'calendar.delegationUnavailable' });
    await expect(token('p1')).rejects.toMatchObject({ key: 'calendar.delegationUnavailable' });
  });

  it('reads the bearer token of a request', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken(['bearer x'])).toBe('x');
    expect(bearerToken('Basic Zm9v')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
