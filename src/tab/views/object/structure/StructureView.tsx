// Struktur: the object's details, roles, products with their components, components and related
// objects — readable by everyone, changeable by those the domain policy allows (the rest see why not).
// A lazy chunk: it carries the server's schemas for validation as you type.
import './words';
import {
  Badge,
  Button,
  Checkbox,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ComponentKind, InitiativeStatus } from '../../../../domain/model';
import { useApi, useResource } from '../../../api/hooks';
import type { ObjectDetail, PlanSummary, RankedInitiative } from '../../../api/types';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ComponentDialog, LinkDialog, ProductDialog, RelatedDialog } from './ContentDialogs';
import { useWrite } from './forms';
import { EditObjectDialog } from './ObjectDialogs';
import type { Verdict } from './permissions';
import { RolesSection } from './RolesSection';
import { ConfirmDialog } from './ui';
import { useStructure, type Structure } from './useStructure';

const useStyles = makeStyles({
  description: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `0 0 0 ${tokens.spacingHorizontalS}`,
    maxWidth: '100%',
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  readOnly: { marginBottom: tokens.spacingVerticalS },
});

/** "Du kan läsa men inte ändra här: …" where the person may not change a part. */
function ReadOnlyNote({ verdict }: { verdict: Verdict }) {
  const { t } = useTexts();
  const styles = useStyles();
  if (verdict.allowed) return null;
  return (
    <MessageBar className={styles.readOnly} data-testid="read-only">
      <MessageBarBody>{t('oa.readOnlyBecause', { reason: verdict.reason })}</MessageBarBody>
    </MessageBar>
  );
}

export default function StructureView({ object, reload }: { object: ObjectDetail; reload(): Promise<void> }) {
  const s = useStructure(object, reload);
  const { ready } = useSession();
  useEffect(ready, [ready]);
  return (
    <div data-testid="structure-view">
      <ObjectSection s={s} />
      <RolesSection s={s} />
      <ProductsSection s={s} />
      <ComponentsSection s={s} />
      <RelatedSection s={s} />
    </div>
  );
}

function ObjectSection({ s }: { s: Structure }) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const [reactivating, setReactivating] = useState(false);
  const reactivate = useWrite(s.reload);
  const o = s.object;
  const { details, structure } = s.permissions;
  return (
    <Section
      title={t('oa.objectSection')}
      id="structure-object"
      actions={
        <div className={styles.bar}>
          <Badge color={o.active ? 'success' : 'subtle'} data-testid="object-state">
            {o.active ? t('oa.active') : t('oa.retired')}
          </Badge>
          {details.allowed && (
            <Button onClick={() => setEditing(true)} data-testid="edit-object">
              {t('oa.edit')}
            </Button>
          )}
          {structure.allowed && o.active && (
            <Button onClick={() => setRetiring(true)} data-testid="retire-object">
              {t('oa.retire')}
            </Button>
          )}
          {structure.allowed && !o.active && (
            <Button onClick={() => setReactivating(true)}>{t('oa.reactivate')}</Button>
          )}
        </div>
      }
    >
      <ReadOnlyNote verdict={details} />
      {!o.active && <p>{t('oa.retiredNote')}</p>}
      <p className={styles.description} data-testid="object-description-text">
        {o.description}
      </p>
      <Text weight="semibold">{t('supports')}: </Text>
      <Text>{o.lineOrganisations.map((l) => l.name).join(', ') || t('none')}</Text>
      {editing && (
        <EditObjectDialog
          object={o}
          structural={structure.allowed}
          lockedReason={structure.allowed ? undefined : structure.reason}
          onClose={() => setEditing(false)}
          onSaved={s.reload}
        />
      )}
      {retiring && <RetireDialog s={s} onClose={() => setRetiring(false)} />}
      <ConfirmDialog
        open={reactivating}
        title={t('oa.reactivate')}
        confirmLabel={t('oa.reactivate')}
        busy={reactivate.busy}
        error={reactivate.error}
        onCancel={() => setReactivating(false)}
        onConfirm={() =>
          void reactivate.run(() => api.patch(`/api/objects/${o.id}`, { active: true }, o.etag), {
            refresh: s.reload,
            close: () => setReactivating(false),
          })
        }
      >
        <p>{`${o.code} – ${o.name}`}</p>
      </ConfirmDialog>
    </Section>
  );
}

const OPEN: readonly InitiativeStatus[] = ['proposed', 'prioritised', 'inProgress'];

/**
 * Retiring says what happens first: the information stays (archive), the object leaves the portfolio,
 * components and open items are not touched — with the counts of this object. An object without plans
 * or initiatives may instead be deleted outright (e.g. created by mistake).
 */
function RetireDialog({ s, onClose }: { s: Structure; onClose(): void }) {
  const { t } = useTexts();
  const api = useApi();
  const o = s.object;
  const write = useWrite(s.reload);
  const [understood, setUnderstood] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const plans = useResource<PlanSummary[]>(`/api/objects/${o.id}/plans`);
  const initiatives = useResource<RankedInitiative[]>(`/api/objects/${o.id}/initiatives`);
  const [shared, setShared] = useState<number | null>(null);
  const own = o.components.filter((c) => c.ownerObjectId === o.id);
  const others = s.objects.filter((x) => x.id !== o.id).map((x) => x.id);
  const othersKey = others.join(',');
  useEffect(() => {
    // Which of the object's components other objects' products use: read from those objects.
    let live = true;
    const mine = new Set(own.map((c) => c.id));
    void Promise.all(
      othersKey
        .split(',')
        .filter(Boolean)
        .map((id) => api.get<ObjectDetail>(`/api/objects/${id}`).catch(() => null)),
    ).then((details) => {
      const used = new Set(
        details.flatMap((d) => d?.products.flatMap((p) => p.componentIds.filter((c) => mine.has(c))) ?? []),
      );
      if (live) setShared(used.size);
    });
    return () => {
      live = false;
    };
    // `own` follows the object (its eTag); othersKey names the objects to read.
  }, [api, othersKey, o.etag]);
  const openInitiatives = (initiatives.data ?? []).filter((i) => OPEN.includes(i.status)).length;
  const running = o.contracts.filter((c) => c.state !== 'expired').length;
  const loaded = plans.data !== undefined && initiatives.data !== undefined;
  const deletable = loaded && plans.data!.length === 0 && initiatives.data!.length === 0;

  if (deleting) {
    return (
      <ConfirmDialog
        open
        title={t('oa.deleteObjectTitle', { name: o.name })}
        confirmLabel={t('oa.deleteObject')}
        busy={write.busy}
        error={write.error}
        onCancel={() => setDeleting(false)}
        onConfirm={() =>
          void write
            .run(() => api.delete(`/api/objects/${o.id}`, o.etag))
            .then((ok) => {
              if (ok)
                window.location.assign(
                  `/tab/portfolio${window.location.search.replace(/([?&])view=[^&]*&?/, '$1')}`,
                );
            })
        }
      >
        <p>{t('oa.deleteObjectBody')}</p>
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      open
      title={t('oa.retireTitle', { name: o.name })}
      confirmLabel={t('oa.retire')}
      busy={write.busy}
      error={write.error}
      confirmDisabled={!understood}
      onCancel={onClose}
      onConfirm={() =>
        void write.run(() => api.patch(`/api/objects/${o.id}`, { active: false }, o.etag), {
          refresh: s.reload,
          close: onClose,
        })
      }
    >
      <p>{t('oa.retireIntro')}</p>
      {!loaded || shared === null ? (
        <Spinner size="tiny" label={t('loading')} />
      ) : (
        <ul data-testid="retire-consequences">
          <li>{t('oa.retireInformation')}</li>
          <li>{t('oa.retirePortfolio')}</li>
          <li>{t('oa.retireComponents', { own: own.length, shared })}</li>
          <li>{t('oa.retireOpen', { initiatives: openInitiatives, contracts: running })}</li>
        </ul>
      )}
      <Checkbox
        checked={understood}
        onChange={(_, d) => setUnderstood(Boolean(d.checked))}
        label={t('oa.retireConfirm')}
        data-testid="retire-understood"
      />
      {deletable && (
        <>
          <p>{t('oa.deleteObjectHint')}</p>
          <Button onClick={() => setDeleting(true)} data-testid="delete-object">
            {t('oa.deleteObject')}
          </Button>
        </>
      )}
    </ConfirmDialog>
  );
}

/**
 * The record as last read: after a conflict the view has read the object again, and a second "Ta bort"
 * sends the eTag of what the person now sees rather than the one that was refused.
 */
function fresh<T extends { id: string; etag: string }>(list: readonly T[], record: T): T {
  return list.find((r) => r.id === record.id) ?? record;
}

type ProductRow = ObjectDetail['products'][number];

function ProductsSection({ s }: { s: Structure }) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const may = s.permissions.content.allowed;
  const [editing, setEditing] = useState<{ product?: ProductRow } | null>(null);
  const [deleting, setDeleting] = useState<ProductRow | null>(null);
  const [linking, setLinking] = useState<ProductRow | null>(null);
  const [creating, setCreating] = useState<{ product: ProductRow; kind: ComponentKind } | null>(null);
  const [unlinking, setUnlinking] = useState<{ product: ProductRow; componentId: string } | null>(null);
  const remove = useWrite(s.reload);
  const ownerCode = (ownerObjectId: string) =>
    ownerObjectId === s.object.id ? null : (s.objectById.get(ownerObjectId)?.code ?? '');

  return (
    <Section
      title={t('oa.products')}
      id="structure-products"
      actions={
        may && (
          <Button appearance="primary" onClick={() => setEditing({})} data-testid="new-product">
            {t('oa.newProduct')}
          </Button>
        )
      }
    >
      <ReadOnlyNote verdict={s.permissions.content} />
      {s.object.products.length === 0 && <p>{t('oa.noProducts')}</p>}
      <ul className={styles.list}>
        {s.object.products.map((p) => (
          <li key={p.id} className={styles.item} data-testid={`product-${p.name}`}>
            <div className={styles.head}>
              <h3 className={styles.h3}>{p.name}</h3>
              {may && (
                <span className={styles.bar}>
                  <Button
                    size="small"
                    onClick={() => setEditing({ product: p })}
                    aria-label={`${t('oa.edit')}: ${p.name}`}
                  >
                    {t('oa.edit')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setDeleting(p)}
                    aria-label={`${t('oa.delete')}: ${p.name}`}
                  >
                    {t('oa.delete')}
                  </Button>
                </span>
              )}
            </div>
            {p.description && <p className={styles.description}>{p.description}</p>}
            {(['business', 'it'] as const).map((kind) => {
              const linked = p.componentIds
                .map((id) => s.componentById.get(id))
                .filter((c) => c !== undefined && c.kind === kind);
              return (
                <div key={kind}>
                  <span className={styles.label}>
                    {t(kind === 'business' ? 'businessComponents' : 'itComponents')}
                  </span>
                  <ul className={styles.chips}>
                    {linked.length === 0 && <li>{t('none')}</li>}
                    {linked.map((c) => {
                      const code = ownerCode(c!.ownerObjectId);
                      return (
                        <li key={c!.id} className={styles.chip}>
                          <span>
                            {c!.name}
                            {code ? ` (${t('oa.managedBy', { code })})` : ''}
                          </span>
                          {may && (
                            <Button
                              size="small"
                              appearance="subtle"
                              onClick={() => setUnlinking({ product: p, componentId: c!.id })}
                              aria-label={`${t('oa.unlink')}: ${c!.name}, ${p.name}`}
                            >
                              {t('oa.unlink')}
                            </Button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {may && (
                    <Button
                      size="small"
                      onClick={() => setCreating({ product: p, kind })}
                      aria-label={`${t('oa.newComponentFor', { name: p.name })}: ${t(`oa.kind.${kind}`)}`}
                      data-testid={`new-${kind}-component-${p.name}`}
                    >
                      {`${t('oa.newComponent')} (${t(`oa.kind.${kind}`).toLowerCase()})`}
                    </Button>
                  )}
                </div>
              );
            })}
            {may && (
              <span>
                <Button
                  size="small"
                  onClick={() => setLinking(p)}
                  aria-label={`${t('oa.linkComponent')}: ${p.name}`}
                  data-testid={`link-component-${p.name}`}
                >
                  {t('oa.linkComponent')}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {editing && <ProductDialog s={s} product={editing.product} onClose={() => setEditing(null)} />}
      {linking && <LinkDialog s={s} product={linking} onClose={() => setLinking(null)} />}
      {creating && (
        <ComponentDialog
          s={s}
          kind={creating.kind}
          productIds={[creating.product.id]}
          onClose={() => setCreating(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('oa.deleteProductTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('oa.delete')}
        busy={remove.busy}
        error={remove.error}
        onCancel={() => {
          remove.clear();
          setDeleting(null);
        }}
        onConfirm={() =>
          void remove.run(
            () => api.delete(`/api/products/${deleting!.id}`, fresh(s.object.products, deleting!).etag),
            { refresh: s.reload, close: () => setDeleting(null) },
          )
        }
      >
        <p>{t('oa.deleteProductBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={unlinking !== null}
        title={t('oa.unlinkTitle', {
          component: unlinking ? (s.componentById.get(unlinking.componentId)?.name ?? '') : '',
          product: unlinking?.product.name ?? '',
        })}
        confirmLabel={t('oa.unlink')}
        busy={remove.busy}
        error={remove.error}
        onCancel={() => {
          remove.clear();
          setUnlinking(null);
        }}
        onConfirm={() =>
          void remove.run(
            () =>
              // A link has no version of its own the tab could show (the API takes no If-Match here).
              api.request<void>(
                'DELETE',
                `/api/products/${unlinking!.product.id}/components/${unlinking!.componentId}`,
              ),
            { refresh: s.reload, close: () => setUnlinking(null) },
          )
        }
      >
        <p>{t('oa.unlinkBody')}</p>
      </ConfirmDialog>
    </Section>
  );
}

type ComponentRow = ObjectDetail['components'][number];

function ComponentsSection({ s }: { s: Structure }) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const may = s.permissions.content.allowed;
  const [editing, setEditing] = useState<{ component?: ComponentRow } | null>(null);
  const [deleting, setDeleting] = useState<ComponentRow | null>(null);
  const remove = useWrite(s.reload);
  const own = s.object.components.filter((c) => c.ownerObjectId === s.object.id);
  const foreign = s.object.components.length - own.length;
  return (
    <Section
      title={t('oa.components')}
      id="structure-components"
      actions={
        may && (
          <Button onClick={() => setEditing({})} data-testid="new-component">
            {t('oa.newComponent')}
          </Button>
        )
      }
    >
      {own.length === 0 && <p>{t('oa.noComponents')}</p>}
      {foreign > 0 && <p className={styles.meta}>{t('oa.foreignComponents')}</p>}
      <ul className={styles.list}>
        {own.map((c) => {
          const products = s.productsOf(c.id);
          return (
            <li key={c.id} className={styles.item} data-testid={`component-${c.name}`}>
              <div className={styles.head}>
                <h3 className={styles.h3}>{c.name}</h3>
                {may && (
                  <span className={styles.bar}>
                    <Button
                      size="small"
                      onClick={() => setEditing({ component: c })}
                      aria-label={`${t('oa.edit')}: ${c.name}`}
                    >
                      {t('oa.edit')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setDeleting(c)}
                      aria-label={`${t('oa.delete')}: ${c.name}`}
                    >
                      {t('oa.delete')}
                    </Button>
                  </span>
                )}
              </div>
              <span className={styles.meta}>
                {[
                  t(`oa.kind.${c.kind}`),
                  t(`oa.lifecycle.${c.lifecycle}`),
                  c.kind === 'it' && c.supplier ? `${t('supplier')}: ${c.supplier}` : null,
                  c.kind === 'it' ? `${t('oa.contractsCount')}: ${s.contractsOf(c.id)}` : null,
                  `${t('oa.usedBy')}: ${products.join(', ') || t('none')}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {c.description && <p className={styles.description}>{c.description}</p>}
            </li>
          );
        })}
      </ul>
      {editing && <ComponentDialog s={s} component={editing.component} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('oa.deleteComponentTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('oa.delete')}
        busy={remove.busy}
        error={remove.error}
        onCancel={() => {
          remove.clear();
          setDeleting(null);
        }}
        onConfirm={() =>
          void remove.run(
            () => api.delete(`/api/components/${deleting!.id}`, fresh(s.object.components, deleting!).etag),
            { refresh: s.reload, close: () => setDeleting(null) },
          )
        }
      >
        <p>{t('oa.deleteComponentBody')}</p>
      </ConfirmDialog>
    </Section>
  );
}

type RelatedRow = ObjectDetail['relatedObjects'][number];

function RelatedSection({ s }: { s: Structure }) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const may = s.permissions.content.allowed;
  const [editing, setEditing] = useState<{ related?: RelatedRow } | null>(null);
  const [deleting, setDeleting] = useState<RelatedRow | null>(null);
  const remove = useWrite(s.reload);
  const search = window.location.search.replace(/([?&])view=[^&]*&?/, '$1').replace(/[?&]$/, '');
  const link = (objectId: string | undefined, text: string) =>
    objectId ? <Link href={`/tab/objects/${objectId}${search}`}>{text}</Link> : text;
  const from = s.object.relatedFrom ?? [];
  return (
    <Section
      title={t('oa.related')}
      id="structure-related"
      actions={
        may && (
          <Button onClick={() => setEditing({})} data-testid="add-related">
            {t('oa.addRelated')}
          </Button>
        )
      }
    >
      {s.object.relatedObjects.length === 0 && <p>{t('none')}</p>}
      <ul className={styles.list}>
        {s.object.relatedObjects.map((r) => (
          <li key={r.id} className={styles.item} data-testid={`related-${r.name}`}>
            <div className={styles.head}>
              <span className={styles.label}>{link(r.relatedObjectId, r.name)}</span>
              {may && (
                <span className={styles.bar}>
                  <Button
                    size="small"
                    onClick={() => setEditing({ related: r })}
                    aria-label={`${t('oa.edit')}: ${r.name}`}
                  >
                    {t('oa.edit')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setDeleting(r)}
                    aria-label={`${t('oa.delete')}: ${r.name}`}
                  >
                    {t('oa.delete')}
                  </Button>
                </span>
              )}
            </div>
            {r.description && <span className={styles.description}>{r.description}</span>}
          </li>
        ))}
      </ul>
      <h3 className={styles.h3}>{t('oa.relatedFrom', { code: s.object.code })}</h3>
      {from.length === 0 ? (
        <p>{t('oa.noRelatedFrom', { code: s.object.code })}</p>
      ) : (
        <ul className={styles.list} data-testid="related-from">
          {from.map((r) => {
            const other = s.objectById.get(r.objectId);
            return (
              <li key={r.id} className={styles.item}>
                <span className={styles.label}>
                  {link(r.objectId, other ? `${other.code} – ${other.name}` : r.objectId)}
                </span>
                {r.description && <span className={styles.description}>{r.description}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {editing && <RelatedDialog s={s} related={editing.related} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('oa.deleteRelatedTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('oa.delete')}
        busy={remove.busy}
        error={remove.error}
        onCancel={() => {
          remove.clear();
          setDeleting(null);
        }}
        onConfirm={() =>
          void remove.run(
            () =>
              api.delete(
                `/api/related-objects/${deleting!.id}`,
                fresh(s.object.relatedObjects, deleting!).etag,
              ),
            { refresh: s.reload, close: () => setDeleting(null) },
          )
        }
      >
        <p>{t('oa.deleteRelatedBody', { code: s.object.code })}</p>
      </ConfirmDialog>
    </Section>
  );
}
