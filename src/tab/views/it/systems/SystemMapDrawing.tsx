// The system map drawn as SVG: one column per object, systems stacked by name, integrations as arrows.
// Keyboard: one system is in the tab order (roving tabindex); arrow keys move between systems, Home/End go
// to the first and last, Enter or Space shows the map around the system. The focused system's integrations
// are drawn heavier and read out (aria-live); the table next to the map lists every integration in words.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTexts } from '../../../i18n';
import type { MapEdge, MapNode } from './types';

const COLUMN = 230;
const ROW = 46;
const BOX_W = 190;
const BOX_H = 36;
const TOP = 40;

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  node: { cursor: 'pointer', outlineStyle: 'none' },
  live: { minHeight: '1.5em' },
});

/**
 * A name in at most two lines, whole: the button's accessible name starts with exactly the text shown
 * (WCAG 2.5.3), so names are wrapped, never cut.
 */
function lines(name: string, n = 26): string[] {
  if (name.length <= n) return [name];
  const at = name.lastIndexOf(' ', n);
  return at > 0 ? [name.slice(0, at + 1), name.slice(at + 1)] : [name];
}

export function SystemMapDrawing({
  nodes,
  edges,
  objectCode,
  onOpen,
}: {
  nodes: MapNode[];
  edges: MapEdge[];
  objectCode(objectId: string): string;
  onOpen(node: MapNode): void;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const [focused, setFocused] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);

  const layout = useMemo(() => {
    const columns = [...new Set(nodes.map((n) => n.objectId))];
    const rowIn = new Map<string, number>();
    const pos = new Map<string, { x: number; y: number }>();
    for (const n of nodes) {
      const col = columns.indexOf(n.objectId);
      const row = rowIn.get(n.objectId) ?? 0;
      rowIn.set(n.objectId, row + 1);
      pos.set(n.id, { x: 20 + col * COLUMN, y: TOP + row * ROW });
    }
    const rows = Math.max(1, ...rowIn.values());
    return { columns, pos, width: 40 + columns.length * COLUMN, height: TOP + rows * ROW + 10 };
  }, [nodes]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(nodes.length - 1, to));
    setFocused(next);
    refs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowRight: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      ArrowLeft: () => move(index - 1),
      Home: () => move(0),
      End: () => move(nodes.length - 1),
      Enter: () => onOpen(nodes[index]!),
      ' ': () => onOpen(nodes[index]!),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const activeNode = active ? byId.get(active) : undefined;
  const said = (ids: string[]) =>
    ids.length ? ids.map((id) => byId.get(id)?.name ?? id).join(', ') : t('map.nobody');
  const announcement = activeNode
    ? t('map.focused', {
        name: activeNode.name,
        senders: said(edges.filter((e) => e.to === activeNode.id).map((e) => e.from)),
        receivers: said(edges.filter((e) => e.from === activeNode.id).map((e) => e.to)),
      })
    : '';

  return (
    <>
      <div className={styles.wrap}>
        <svg
          role="group"
          aria-label={t('map.label', { nodes: nodes.length, edges: edges.length })}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          data-testid="system-map"
          style={{ display: 'block', maxWidth: 'none' }}
        >
          <defs>
            <marker
              id="map-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: tokens.colorNeutralForeground2 }} />
            </marker>
            <marker
              id="map-arrow-retired"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: tokens.colorStatusDangerForeground1 }} />
            </marker>
          </defs>
          {layout.columns.map((objectId, col) => (
            <text
              key={objectId}
              x={20 + col * COLUMN}
              y={22}
              style={{ fill: tokens.colorNeutralForeground1, fontWeight: 600, fontSize: '14px' }}
            >
              {objectCode(objectId)}
            </text>
          ))}
          <g aria-hidden="true">
            {edges.map((e) => {
              const a = layout.pos.get(e.from);
              const b = layout.pos.get(e.to);
              if (!a || !b) return null;
              const forward = b.x >= a.x;
              const sameColumn = a.x === b.x;
              const x1 = sameColumn || forward ? a.x + BOX_W : a.x;
              const x2 = sameColumn || !forward ? b.x + BOX_W : b.x;
              const y1 = a.y + BOX_H / 2;
              const y2 = b.y + BOX_H / 2;
              const bend = sameColumn ? 30 + Math.abs(y2 - y1) / 6 : (x2 - x1) / 2;
              const d = sameColumn
                ? `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 + bend} ${y2}, ${x2} ${y2}`
                : `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
              const lit = active !== null && (e.from === active || e.to === active);
              return (
                <path
                  key={e.id}
                  d={d}
                  data-testid="map-edge"
                  data-retired={e.retiredEnd ? 'true' : 'false'}
                  markerEnd={e.retiredEnd ? 'url(#map-arrow-retired)' : 'url(#map-arrow)'}
                  style={{
                    fill: 'none',
                    stroke: e.retiredEnd
                      ? tokens.colorStatusDangerForeground1
                      : tokens.colorNeutralForeground3,
                    strokeWidth: lit ? 3 : 1.2,
                    strokeDasharray: e.retiredEnd ? '6 4' : undefined,
                    opacity: active === null || lit ? 1 : 0.35,
                  }}
                />
              );
            })}
          </g>
          {nodes.map((n, index) => {
            const p = layout.pos.get(n.id)!;
            const count = edges.filter((e) => e.from === n.id || e.to === n.id).length;
            const ending = n.lifecycle === 'retired' || n.lifecycle === 'retiring';
            const isActive = active === n.id;
            return (
              <g
                key={n.id}
                ref={(el) => {
                  refs.current[index] = el;
                }}
                role="button"
                tabIndex={index === focused ? 0 : -1}
                aria-label={t('map.nodeLabel', {
                  name: n.name,
                  object: objectCode(n.objectId),
                  lifecycle: t(`lifecycle.${n.lifecycle}`),
                  n: count,
                })}
                data-testid="map-node"
                data-name={n.name}
                className={styles.node}
                onFocus={() => {
                  setFocused(index);
                  setActive(n.id);
                }}
                onBlur={() => setActive(null)}
                onMouseEnter={() => setActive(n.id)}
                onMouseLeave={() => setActive(null)}
                onKeyDown={(e) => onKey(e, index)}
                onClick={() => onOpen(n)}
              >
                <rect
                  x={p.x}
                  y={p.y}
                  width={BOX_W}
                  height={BOX_H}
                  rx={4}
                  style={{
                    fill: n.outside ? tokens.colorNeutralBackground3 : tokens.colorNeutralBackground1,
                    stroke: isActive
                      ? tokens.colorStrokeFocus2
                      : ending
                        ? tokens.colorStatusDangerForeground1
                        : tokens.colorNeutralStroke1,
                    strokeWidth: isActive ? 3 : 1,
                    strokeDasharray: ending ? '4 3' : undefined,
                  }}
                />
                <text
                  x={p.x + 8}
                  y={p.y + (lines(n.name).length === 1 ? BOX_H / 2 + 5 : 15)}
                  style={{
                    fill: tokens.colorNeutralForeground1,
                    fontSize: '12px',
                    fontStyle: n.outside ? 'italic' : undefined,
                  }}
                >
                  {lines(n.name).map((line, i) => (
                    <tspan key={i} x={p.x + 8} dy={i === 0 ? 0 : 14} style={{ whiteSpace: 'pre' }}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className={styles.live} aria-live="polite" data-testid="map-announcement">
        {announcement}
      </p>
    </>
  );
}
