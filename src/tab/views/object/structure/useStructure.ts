// The state of the Struktur view: what the acting person may change, the other objects (for pickers
// and names), and lookups over the object's products and components.
import { useMemo } from 'react';
import type { GovernanceObject } from '../../../../domain/model';
import { useResource } from '../../../api/hooks';
import type { ObjectDetail, Rec } from '../../../api/types';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { structurePermissions, type StructurePermissions } from './permissions';

export interface Structure {
  object: ObjectDetail;
  permissions: StructurePermissions;
  /** Every object (active or not), for pickers and for naming other objects. */
  objects: Rec<GovernanceObject>[];
  objectById: Map<string, Rec<GovernanceObject>>;
  componentById: Map<string, ObjectDetail['components'][number]>;
  /** Product names by component id, within this object. */
  productsOf(componentId: string): string[];
  contractsOf(componentId: string): number;
  reload(): Promise<void>;
}

export function useStructure(object: ObjectDetail, reload: () => Promise<void>): Structure {
  const { lang } = useTexts();
  const session = useSession();
  const objects = useResource<Rec<GovernanceObject>[]>('/api/objects');
  const permissions = useMemo(
    () => structurePermissions(session.actor, object.id, lang),
    [session.actor, object.id, lang],
  );
  return useMemo(() => {
    const list = objects.data ?? [];
    return {
      object,
      permissions,
      objects: list,
      objectById: new Map(list.map((o) => [o.id, o])),
      componentById: new Map(object.components.map((c) => [c.id, c])),
      productsOf: (componentId) =>
        object.products.filter((p) => p.componentIds.includes(componentId)).map((p) => p.name),
      contractsOf: (componentId) => object.contracts.filter((c) => c.componentId === componentId).length,
      reload,
    };
  }, [object, permissions, objects.data, reload]);
}
