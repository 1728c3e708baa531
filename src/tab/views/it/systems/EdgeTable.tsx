// Every integration of a map as a table: what a screen reader (or anyone) reads instead of the drawing.
// Integrations reaching a system that is being retired are flagged in words, not only by colour.
import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useTexts } from '../../../i18n';
import type { MapEdge, MapNode } from './types';

export function EdgeTable({
  nodes,
  edges,
  caption,
  objectCode,
  ownerName,
  mayEdit,
  onDelete,
  onEdit,
}: {
  nodes: MapNode[];
  edges: MapEdge[];
  caption: string;
  objectCode(objectId: string): string;
  ownerName(personId: string): string;
  mayEdit?(edge: MapEdge): boolean;
  onDelete?(edge: MapEdge): void;
  onEdit?(edge: MapEdge): void;
}) {
  const { t } = useTexts();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? `${n.name} (${objectCode(n.objectId)})` : id;
  };
  const editable = !!onDelete && edges.some((e) => mayEdit?.(e));
  return (
    // Focusable, so a keyboard can scroll a table wider than a narrow screen (the rows hold no controls).
    <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={caption}>
      <Table size="small" data-testid="edge-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('map.from')}</TableHeaderCell>
            <TableHeaderCell>{t('map.to')}</TableHeaderCell>
            <TableHeaderCell>{t('map.information')}</TableHeaderCell>
            <TableHeaderCell>{t('map.method')}</TableHeaderCell>
            <TableHeaderCell>{t('map.frequency')}</TableHeaderCell>
            <TableHeaderCell>{t('map.owner')}</TableHeaderCell>
            <TableHeaderCell>{t('map.flag')}</TableHeaderCell>
            {editable && <TableHeaderCell>{t('sys.actions')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {edges.map((e) => (
            <TableRow key={e.id} data-testid="edge-row">
              <TableCell>{name(e.from)}</TableCell>
              <TableCell>{name(e.to)}</TableCell>
              <TableCell>{e.information}</TableCell>
              <TableCell>{t(`method.${e.method}`)}</TableCell>
              <TableCell>{t(`frequency.${e.frequency}`)}</TableCell>
              <TableCell>{e.ownerPersonId ? ownerName(e.ownerPersonId) : t('map.ownerDefault')}</TableCell>
              <TableCell>
                {e.retiredEnd && (
                  <Badge color="danger" appearance="tint" data-testid="retired-flag">
                    {t('map.retired')}
                  </Badge>
                )}
              </TableCell>
              {editable && (
                <TableCell>
                  {mayEdit?.(e) && (
                    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px' }}>
                      {onEdit && (
                        <Button size="small" onClick={() => onEdit(e)}>
                          {t('sys.edit')}
                        </Button>
                      )}
                      <Button size="small" onClick={() => onDelete!(e)}>
                        {t('map.delete')}
                      </Button>
                    </div>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
