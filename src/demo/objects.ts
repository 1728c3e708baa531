// The demo's organisation and objects: line organisations, fictional people, the objects of spec
// §Object structure (AKN from seed 004) with their products, components, contracts and related objects,
// and who holds which role.
import { AKN_2020 } from './akn2020';
import { demoObjectId, type DemoContext, type ObjectContent } from './context';
import { ASSIGNMENTS, emailOf, objectKey, PEOPLE } from './people';
import { LINE_ORGANISATIONS, OBJECTS } from './structure';
import type { StoreCollections } from '../services/ports/store';

/** Line organisations, people, objects and their anatomy, and the role assignments. */
export async function loadObjects(tx: StoreCollections): Promise<DemoContext> {
  const lineOrgIds = new Map<string, string>();
  for (const lo of LINE_ORGANISATIONS) {
    lineOrgIds.set(
      lo.key,
      (await tx.lineOrganisations.create({ name: lo.name, shortName: lo.shortName })).id,
    );
  }
  const lineOrgByName = new Map(LINE_ORGANISATIONS.map((lo) => [lo.name, lo.key]));

  const people = new Map<string, string>();
  for (const p of PEOPLE) {
    const person = await tx.people.create({
      displayName: p.displayName,
      title: p.title,
      email: emailOf(p.displayName),
      entraObjectId: demoObjectId(p.key),
    });
    people.set(p.key, person.id);
  }
  const personId = (key: string) => {
    const id = people.get(key);
    if (!id) throw new Error(`Demo data refers to unknown person ${key}`);
    return id;
  };

  const contents: ObjectContent[] = [
    ...OBJECTS.map((o) => ({
      ...o,
      lineOrganisationIds: o.lineOrganisations.map((k) => lineOrgIds.get(k)!),
    })),
    {
      ...AKN_2020,
      lineOrganisationIds: AKN_2020.lineOrganisations
        .map((name) => lineOrgIds.get(lineOrgByName.get(name) ?? '') ?? '')
        .filter(Boolean),
    },
  ];

  const objectIds = new Map<string, string>();
  for (const c of contents) {
    const object = await tx.objects.create({
      code: c.code,
      name: c.name,
      category: c.category,
      description: c.description,
      lineOrganisationIds: c.lineOrganisationIds,
      active: true,
    });
    objectIds.set(c.code, object.id);
  }

  for (const c of contents) await loadAnatomy(tx, objectIds.get(c.code)!, c, objectIds);

  for (const a of ASSIGNMENTS) {
    const objectId =
      a.objectKey === null ? null : [...objectIds].find(([code]) => objectKey(code) === a.objectKey)?.[1];
    if (objectId === undefined) throw new Error(`Demo data refers to unknown object ${a.objectKey}`);
    await tx.roleAssignments.create({ personId: personId(a.personKey), role: a.role, objectId });
  }
  return { tx, personId, objectIds, contents, lineOrgIds };
}

async function loadAnatomy(
  tx: StoreCollections,
  objectId: string,
  c: ObjectContent,
  objectIds: Map<string, string>,
) {
  const componentIds = new Map<string, string>();
  for (const [kind, list] of [
    ['business', c.businessComponents],
    ['it', c.itComponents],
  ] as const) {
    for (const comp of list) {
      const created = await tx.components.create({
        kind,
        ownerObjectId: objectId,
        name: comp.name,
        description: comp.description,
        ...(comp.supplier ? { supplier: comp.supplier } : {}),
        lifecycle: 'inUse',
      });
      componentIds.set(`${kind}:${comp.name}`, created.id);
    }
  }
  let sortOrder = 0;
  for (const p of c.products) {
    const product = await tx.products.create({
      objectId,
      name: p.name,
      description: p.description,
      sortOrder: ++sortOrder,
    });
    const links = [
      ...p.businessComponents.map((n) => `business:${n}`),
      ...p.itComponents.map((n) => `it:${n}`),
    ];
    for (const key of new Set(links)) {
      const componentId = componentIds.get(key);
      if (!componentId) throw new Error(`Demo product ${p.name} refers to unknown component ${key}`);
      await tx.productComponents.create({ objectId, productId: product.id, componentId });
    }
  }
  for (const contract of c.contracts) {
    const componentId = componentIds.get(`it:${contract.component}`);
    if (!componentId) throw new Error(`Demo contract refers to unknown component ${contract.component}`);
    const { component: _name, ...rest } = contract;
    await tx.contracts.create({ ...rest, componentId, objectId });
  }
  for (const r of c.relatedObjects) {
    const relatedObjectId = r.relatedCode ? objectIds.get(r.relatedCode) : undefined;
    await tx.relatedObjects.create({
      objectId,
      name: r.name,
      description: r.description,
      ...(relatedObjectId ? { relatedObjectId } : {}),
    });
  }
}
