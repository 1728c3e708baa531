// What a request has read, remembered in its audit scope: the audit log's "before" of an update and the
// acting person are taken from it instead of being read again.
import { noteRead, noteReads, readInScope, runInAuditScope } from '../../../src/services/audit/auditScope';

const scope = () => ({ via: 'api' as const, requestId: 'r1' });

describe('records read in a scope', () => {
  it('finds a record read in a list or alone, as last read, by collection', () => {
    runInAuditScope(scope(), () => {
      const lines = [
        { id: 'a', etag: '"1"' },
        { id: 'b', etag: '"1"' },
      ];
      noteReads('budgetLines', lines);
      expect(readInScope('budgetLines', 'b')).toEqual({ id: 'b', etag: '"1"' });
      // Read again after the first look-up (and after it was written): the later version is found.
      const reread = { id: 'b', etag: '"2"' };
      noteRead('budgetLines', reread);
      const more = [{ id: 'c', etag: '"1"' }];
      noteReads('budgetLines', more);
      expect(readInScope('budgetLines', 'b')).toEqual({ id: 'b', etag: '"2"' });
      expect(readInScope('budgetLines', 'c')).toEqual({ id: 'c', etag: '"1"' });
      expect(readInScope('plans', 'a')).toBeUndefined();
      expect(readInScope('budgetLines', 'x')).toBeUndefined();
    });
  });

  it('keeps the records as read whatever the caller does with its own list', () => {
    runInAuditScope(scope(), () => {
      const items = [{ id: 'a', etag: '"1"' }];
      noteReads('plans', items);
      items.pop();
      items.push({ id: 'z', etag: '"9"' });
      expect(readInScope('plans', 'a')).toEqual({ id: 'a', etag: '"1"' });
      expect(readInScope('plans', 'z')).toBeUndefined();
    });
  });

  it('remembers nothing outside a scope, nor from another request', () => {
    noteRead('people', { id: 'p' });
    expect(readInScope('people', 'p')).toBeUndefined();
    runInAuditScope(scope(), () => noteRead('people', { id: 'p' }));
    runInAuditScope(scope(), () => expect(readInScope('people', 'p')).toBeUndefined());
  });
});
