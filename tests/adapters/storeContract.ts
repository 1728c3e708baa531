// The contract every Store adapter keeps. Run against each adapter (embedded store now, SharePoint later).
import {
  StoreConflictError,
  StoreNotFoundError,
  StoreQueryError,
  type Store,
} from '../../src/services/ports/store';
import type { Person } from '../../src/domain/model';
import type { InterimFollowUp } from '../../src/domain/followup/types';

export function describeStoreContract(
  name: string,
  open: () => Promise<Store>,
  close: (s: Store) => Promise<void>,
) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await close(store);
    });

    const person = (n: number): Person => ({
      displayName: `Person ${n}`,
      email: `p${n}@objektnav.example`,
      title: 'Handläggare',
    });

    it('creates records with id, eTag and timestamps, and reads them back', async () => {
      const created = await store.people.create(person(1));
      expect(created).toMatchObject({ displayName: 'Person 1', email: 'p1@objektnav.example' });
      expect(typeof created.id).toBe('string');
      expect(typeof created.etag).toBe('string');
      expect(Date.parse(created.createdAt)).not.toBeNaN();
      expect(await store.people.get(created.id)).toEqual(created);
      expect(await store.people.get('does-not-exist')).toBeUndefined();
    });

    it('updates with the current eTag and refuses a stale one', async () => {
      const created = await store.people.create(person(1));
      const updated = await store.people.update(created.id, { ...person(1), title: 'Chef' }, created.etag);
      expect(updated.title).toBe('Chef');
      expect(updated.etag).not.toBe(created.etag);
      await expect(
        store.people.update(created.id, { ...person(1), title: 'Stale' }, created.etag),
      ).rejects.toBeInstanceOf(StoreConflictError);
      expect((await store.people.get(created.id))!.title).toBe('Chef');
      await expect(store.people.update('missing', person(2), updated.etag)).rejects.toBeInstanceOf(
        StoreNotFoundError,
      );
    });

    it('does not store metadata inside the data', async () => {
      const created = await store.people.create(person(1));
      const again = await store.people.update(created.id, { ...created, title: 'X' }, created.etag);
      expect(again.id).toBe(created.id);
      expect(again.etag).not.toBe(created.etag);
    });

    it('deletes with eTag check, and reports a missing record', async () => {
      const created = await store.people.create(person(1));
      const updated = await store.people.update(created.id, person(1), created.etag);
      await expect(store.people.delete(created.id, created.etag)).rejects.toBeInstanceOf(StoreConflictError);
      await store.people.delete(created.id, updated.etag);
      expect(await store.people.get(created.id)).toBeUndefined();
      await expect(store.people.delete(created.id)).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    it('filters on indexed fields (including null) and refuses others', async () => {
      await store.roleAssignments.create({ personId: 'a', role: 'ownerIt', objectId: 'o1' });
      await store.roleAssignments.create({ personId: 'b', role: 'leaderIt', objectId: 'o1' });
      await store.roleAssignments.create({ personId: 'c', role: 'itChief', objectId: null });
      expect((await store.roleAssignments.findAll({ objectId: 'o1' })).map((r) => r.personId).sort()).toEqual(
        ['a', 'b'],
      );
      expect(
        (await store.roleAssignments.findAll({ objectId: 'o1', role: 'leaderIt' })).map((r) => r.personId),
      ).toEqual(['b']);
      expect((await store.roleAssignments.findAll({ objectId: null })).map((r) => r.personId)).toEqual(['c']);
      await expect(store.people.find({ where: { title: 'x' } as never })).rejects.toBeInstanceOf(
        StoreQueryError,
      );
    });

    it('filters on numbers and strings that need escaping', async () => {
      await store.plans.create({
        objectId: "O'Brien",
        year: 2027,
        status: 'draft',
        hourlyRate: 655,
        hoursPerFte: 1700,
        approvalRound: 0,
        sections: {} as never,
      });
      await store.plans.create({
        objectId: 'x',
        year: 2026,
        status: 'draft',
        hourlyRate: 655,
        hoursPerFte: 1700,
        approvalRound: 0,
        sections: {} as never,
      });
      expect(await store.plans.findAll({ year: 2027 })).toHaveLength(1);
      expect(await store.plans.findAll({ objectId: "O'Brien" })).toHaveLength(1);
      expect(await store.plans.findAll({ objectId: "O' OR 1=1 --" })).toHaveLength(0);
    });

    it('pages with an opaque cursor, in creation order or by an indexed field', async () => {
      for (let i = 0; i < 25; i++) {
        await store.budgetLines.create({
          planId: 'p1',
          mainActivity: 'drift',
          name: `Rad ${i}`,
          assignmentType: 'maintain',
          priority: null,
          business: { hours: i, otherCost: 0 },
          it: { hours: 0, otherCost: 0 },
          sortOrder: (i * 7) % 25,
        });
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.budgetLines.find({ where: { planId: 'p1' }, limit: 10, cursor });
        seen.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `Rad ${i}`));

      const sorted: number[] = [];
      cursor = undefined;
      do {
        const page = await store.budgetLines.find({
          where: { planId: 'p1' },
          orderBy: { field: 'sortOrder', direction: 'desc' },
          limit: 7,
          cursor,
        });
        sorted.push(...page.items.map((i) => i.sortOrder));
        cursor = page.nextCursor;
      } while (cursor);
      expect(sorted).toEqual(Array.from({ length: 25 }, (_, i) => 24 - i));
      expect(await store.budgetLines.findAll({ planId: 'p1' })).toHaveLength(25);
    });

    it('a transaction writes everything or nothing', async () => {
      await store.transaction(async (tx) => {
        await tx.people.create(person(1));
        await tx.people.create(person(2));
      });
      expect(await store.people.findAll()).toHaveLength(2);
      await expect(
        store.transaction(async (tx) => {
          await tx.people.create(person(3));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await store.people.findAll()).map((p) => p.displayName).sort()).toEqual([
        'Person 1',
        'Person 2',
      ]);
    });

    it('keeps the follow-up records exactly: öre, empty texts, nulls and nested goals (issue 16)', async () => {
      const entry = {
        planId: 'plan-1',
        objectId: 'object-1',
        period: '2025-03',
        mainActivity: 'drift',
        side: 'it',
        bucket: 'maintain',
        amountOre: -1234550,
        centiHours: 1250,
        source: 'manual',
        budgetLineId: null,
        code: '',
        account: '',
        note: '',
        importId: null,
      } as const;
      const created = await store.outcomeEntries.create(entry);
      expect(await store.outcomeEntries.get(created.id)).toEqual(created);
      expect(created).toMatchObject(entry);
      await store.outcomeEntries.create({ ...entry, period: '2025-04', source: 'import', importId: 'i-1' });
      expect(
        (await store.outcomeEntries.findAll({ planId: 'plan-1', period: '2025-03' })).map((e) => e.id),
      ).toEqual([created.id]);
      const followUp: InterimFollowUp = {
        planId: 'plan-1',
        objectId: 'object-1',
        year: 2025,
        period: 'august',
        goals: [{ goalId: 'g1', text: 'Mål', status: 'atRisk', comment: '' }],
        budgetComment: '',
        forecastSek: null,
        initiativesComment: 'Två pågår.',
        status: 'draft',
        preparedByPersonId: 'person-1',
        readyAt: null,
        notedAt: null,
      };
      const f = await store.interimFollowUps.create(followUp);
      expect(await store.interimFollowUps.get(f.id)).toMatchObject(followUp);
      expect((await store.interimFollowUps.findAll({ year: 2025 })).map((x) => x.id)).toEqual([f.id]);
    });

    it('knows when it is empty', async () => {
      expect(await store.isEmpty()).toBe(true);
      await store.objects.create({
        code: 'AKN',
        name: 'AKN',
        category: 'support',
        description: '',
        lineOrganisationIds: [],
        active: true,
      });
      expect(await store.isEmpty()).toBe(false);
    });
  });
}
