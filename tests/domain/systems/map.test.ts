// The system map as a graph: scopes, the systems at the other end, and integrations to retiring systems.
import { buildMap, type MapIntegration, type MapSystem } from '../../../src/domain/systems/map';

const sys = (
  id: string,
  objectId: string,
  lifecycle: MapSystem['lifecycle'] = 'inUse',
  departmentIds: string[] = [],
) => ({
  id,
  name: id.toUpperCase(),
  objectId,
  lifecycle,
  departmentIds,
});
const flow = (id: string, from: string, to: string): MapIntegration => ({
  id,
  fromSystemId: from,
  toSystemId: to,
  information: `${from}→${to}`,
  method: 'api',
  frequency: 'daily',
  ownerPersonId: null,
  description: '',
});

const SYSTEMS = [
  sys('a', 'o1', 'inUse', ['d1']),
  sys('b', 'o1'),
  sys('c', 'o2', 'retired'),
  sys('d', 'o3', 'retiring', ['d1']),
];
const FLOWS = [flow('1', 'a', 'b'), flow('2', 'b', 'c'), flow('3', 'd', 'a'), flow('4', 'c', 'd')];

describe('buildMap', () => {
  it('by object: its systems, every integration touching them, the other ends marked outside', () => {
    const map = buildMap(SYSTEMS, FLOWS, { kind: 'object', objectId: 'o1' });
    expect(map.nodes.map((n) => [n.id, n.outside])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
      ['d', true],
    ]);
    expect(map.edges.map((e) => e.id).sort()).toEqual(['1', '2', '3']);
  });

  it('flags integrations with a retired or retiring end, and says which', () => {
    const map = buildMap(SYSTEMS, FLOWS, { kind: 'all' });
    const flag = Object.fromEntries(map.edges.map((e) => [e.id, e.retiredEnd]));
    expect(flag).toEqual({ '1': null, '2': 'to', '3': 'from', '4': 'both' });
  });

  it('around one system: what depends on it, both ways', () => {
    const map = buildMap(SYSTEMS, FLOWS, { kind: 'system', systemId: 'c' });
    expect(map.nodes.map((n) => n.id)).toEqual(['b', 'c', 'd']);
    expect(map.edges.map((e) => e.id).sort()).toEqual(['2', '4']);
  });

  it('by department, and skips integrations to systems no longer in the register', () => {
    const map = buildMap(SYSTEMS, [...FLOWS, flow('5', 'a', 'gone')], {
      kind: 'department',
      departmentId: 'd1',
    });
    expect(map.nodes.filter((n) => !n.outside).map((n) => n.id)).toEqual(['a', 'd']);
    expect(map.edges.map((e) => e.id)).not.toContain('5');
  });
});
