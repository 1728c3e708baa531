// Översikt: what the object is, whom it supports, who holds its roles, its products and components.
import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { OBJECT_ROLES, ORGANISATION_ROLES, type Role } from '../../../domain/model';
import { capitalise, term } from '../../../i18n/messages';
import type { ObjectDetail } from '../../api/types';
import { FitTable } from '../../components/FitTable';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import { OpenItems } from './OpenItems';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  product: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  h3: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  description: { whiteSpace: 'pre-line', margin: `0 0 ${tokens.spacingVerticalS} 0` },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  label: { fontWeight: tokens.fontWeightSemibold, display: 'block', marginTop: tokens.spacingVerticalXS },
});

const ROLE_ORDER: Role[] = [...OBJECT_ROLES, ...ORGANISATION_ROLES];

export function Overview({ object }: { object: ObjectDetail }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const { ready } = useSession();
  useEffect(ready, [ready]);
  const componentName = new Map(object.components.map((c) => [c.id, c]));
  const roles = [...object.roleAssignments].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  );

  return (
    <div>
      {!object.active && <OpenItems objectId={object.id} />}
      <Section title={t('tabOverview')} id="overview">
        <p className={styles.description}>{object.description}</p>
        <Text weight="semibold">{t('supports')}: </Text>
        <Text>{object.lineOrganisations.map((l) => l.name).join(', ') || t('none')}</Text>
      </Section>

      <div className={styles.grid}>
        <Section title={t('roles')} id="roles">
          <FitTable
            labelledBy="roles-heading"
            rows={roles}
            rowKey={(r) => r.id}
            columns={[
              { key: 'role', header: t('role'), cell: (r) => capitalise(term(lang, r.role)) },
              { key: 'person', header: t('person'), cell: (r) => r.personName },
            ]}
          />
        </Section>

        <Section title={t('relatedObjects')} id="related">
          {object.relatedObjects.length === 0 ? (
            <Text>{t('none')}</Text>
          ) : (
            <FitTable
              labelledBy="related-heading"
              rows={object.relatedObjects}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'object',
                  header: t('object'),
                  cell: (r) =>
                    r.relatedObjectId ? (
                      <Link href={`/tab/objects/${r.relatedObjectId}${window.location.search}`}>
                        {r.name}
                      </Link>
                    ) : (
                      r.name
                    ),
                },
                { key: 'description', header: t('description'), cell: (r) => r.description },
              ]}
            />
          )}
        </Section>
      </div>

      <Section title={t('products')} id="products">
        {object.products.map((p) => {
          const components = p.componentIds.map((id) => componentName.get(id)).filter((c) => c !== undefined);
          const business = components.filter((c) => c.kind === 'business');
          const it = components.filter((c) => c.kind === 'it');
          return (
            <article key={p.id} className={styles.product}>
              <h3 className={styles.h3}>{p.name}</h3>
              {p.description && <p className={styles.description}>{p.description}</p>}
              <span className={styles.label}>{t('businessComponents')}</span>
              <ul className={styles.chips}>
                {business.length ? (
                  business.map((c) => (
                    <li key={c.id}>
                      <Badge appearance="tint" color="informative">
                        {c.name}
                      </Badge>
                    </li>
                  ))
                ) : (
                  <li>{t('none')}</li>
                )}
              </ul>
              <span className={styles.label}>{t('itComponents')}</span>
              <ul className={styles.chips}>
                {it.length ? (
                  it.map((c) => (
                    <li key={c.id}>
                      <Badge
                        appearance="tint"
                        color="brand"
                        title={c.supplier ? `${t('supplier')}: ${c.supplier}` : undefined}
                      >
                        {c.name}
                      </Badge>
                    </li>
                  ))
                ) : (
                  <li>{t('none')}</li>
                )}
              </ul>
            </article>
          );
        })}
      </Section>

      <Section title={t('itComponents')} id="components">
        <FitTable
          labelledBy="components-heading"
          rows={object.components.filter((c) => c.kind === 'it')}
          rowKey={(c) => c.id}
          columns={[
            { key: 'component', header: t('component'), cell: (c) => c.name },
            { key: 'supplier', header: t('supplier'), cell: (c) => c.supplier ?? '' },
            { key: 'description', header: t('description'), cell: (c) => c.description },
          ]}
        />
      </Section>
    </div>
  );
}
