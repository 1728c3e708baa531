// Roller: who holds each of the object's roles, who appoints it, and — for the appointers — appoint,
// replace a holder in one step, or end an appointment (000 §3.5; domain/roles decides who appoints whom).
import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { OBJECT_ROLES, type ObjectRole } from '../../../../domain/model';
import { SINGLE_HOLDER_ROLES } from '../../../../domain/roles/roles';
import { capitalise, term } from '../../../../i18n/messages';
import { useApi } from '../../../api/hooks';
import type { ObjectDetail } from '../../../api/types';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';
import { useWrite } from './forms';
import { appointedBy } from './permissions';
import { ConfirmDialog, FormDialog, PersonField } from './ui';
import type { Structure } from './useStructure';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column' },
  role: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flex: '1 1 14rem', minWidth: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  by: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  holders: {
    flex: '2 1 16rem',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  holder: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type Assignment = ObjectDetail['roleAssignments'][number];
type Editing =
  { kind: 'appoint'; role: ObjectRole } | { kind: 'replace'; role: ObjectRole; holder: Assignment };

export function RolesSection({ s }: { s: Structure }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const api = useApi();
  const end = useWrite(s.reload);
  const roleName = (role: ObjectRole) => capitalise(term(lang, role));
  const mayAppointAny = OBJECT_ROLES.some((r) => s.permissions.appoint(r).allowed);

  return (
    <Section title={t('oa.roles')} id="structure-roles">
      {!mayAppointAny && <p>{t('oa.appointReadOnly')}</p>}
      <ul className={styles.list}>
        {OBJECT_ROLES.map((role) => {
          const holders = s.object.roleAssignments.filter((a) => a.role === role);
          const may = s.permissions.appoint(role).allowed;
          const single = SINGLE_HOLDER_ROLES.includes(role);
          return (
            <li key={role} className={styles.role} data-testid={`role-${role}`}>
              <div className={styles.name}>
                <h3 className={styles.h3}>{roleName(role)}</h3>
                <span className={styles.by}>{`${t('oa.appointedBy')}: ${appointedBy(role, lang)}`}</span>
              </div>
              <div className={styles.holders}>
                {holders.length === 0 && <Text>{t('oa.vacant')}</Text>}
                {holders.map((h) => (
                  <div key={h.id} className={styles.holder}>
                    <Text>{h.personName}</Text>
                    {may && (
                      <span className={styles.buttons}>
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'replace', role, holder: h })}
                          aria-label={`${t('oa.replace')}: ${h.personName}, ${roleName(role)}`}
                        >
                          {t('oa.replace')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setEnding(h)}
                          aria-label={`${t('oa.endAppointment')}: ${h.personName}, ${roleName(role)}`}
                        >
                          {t('oa.endAppointment')}
                        </Button>
                      </span>
                    )}
                  </div>
                ))}
                {may && (!single || holders.length === 0) && (
                  <span>
                    <Button
                      size="small"
                      appearance="primary"
                      onClick={() => setEditing({ kind: 'appoint', role })}
                      aria-label={`${t('oa.appoint')}: ${roleName(role)}`}
                      data-testid={`appoint-${role}`}
                    >
                      {t('oa.appoint')}
                    </Button>
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {editing && <RoleDialog s={s} editing={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={ending !== null}
        title={t('oa.endTitle')}
        confirmLabel={t('oa.endAppointment')}
        busy={end.busy}
        error={end.error}
        onCancel={() => {
          end.clear();
          setEnding(null);
        }}
        onConfirm={() => {
          const target = ending!;
          void end.run(() => api.delete(`/api/role-assignments/${target.id}`, target.etag), {
            refresh: s.reload,
            close: () => setEnding(null),
          });
        }}
      >
        {ending && (
          <p>
            {t('oa.endBody', {
              name: ending.personName,
              role: term(lang, ending.role),
              code: s.object.code,
            })}
          </p>
        )}
      </ConfirmDialog>
    </Section>
  );
}

/** Appoint someone, or replace a holder: the old appointment ends and the new one starts in one action. */
function RoleDialog({ s, editing, onClose }: { s: Structure; editing: Editing; onClose(): void }) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite(s.reload);
  const [personId, setPersonId] = useState<string | null>(null);
  const [productIds, setProductIds] = useState<string[]>(
    editing.kind === 'replace' ? (editing.holder.productIds ?? []) : [],
  );
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const role = editing.role;
  const roleName = term(lang, role);
  const current = s.object.roleAssignments.filter((a) => a.role === role).map((a) => a.personId);
  const body = () => ({
    personId,
    role,
    objectId: s.object.id,
    ...(role === 'productCoordinator' ? { productIds } : {}),
  });

  const submit = async () => {
    setSubmitted(true);
    setFailure(null);
    if (!personId) return;
    if (editing.kind === 'appoint') {
      await write.run(() => api.post('/api/role-assignments', body()), { refresh: s.reload, close: onClose });
      return;
    }
    // Replace: one call ends the old appointment and makes the new one in the same transaction, so a
    // refused replacement leaves the old holder in place and the role is never vacant in between.
    const old = editing.holder;
    const ok = await write.run(
      () =>
        api.post(
          `/api/role-assignments/${old.id}/replace`,
          { personId, ...(role === 'productCoordinator' ? { productIds } : {}) },
          old.etag,
        ),
      { refresh: s.reload, close: onClose },
    );
    if (ok) return;
    setFailure('oa.replaceFailedRestored');
  };

  return (
    <FormDialog
      open
      title={
        editing.kind === 'appoint'
          ? t('oa.appointTitle', { role: roleName })
          : t('oa.replaceTitle', { role: roleName })
      }
      submitLabel={editing.kind === 'appoint' ? t('oa.appoint') : t('oa.replace')}
      busy={write.busy}
      error={
        failure && write.error
          ? {
              ...write.error,
              conflict: false,
              message: t(failure, {
                message: write.error.message,
                name: editing.kind === 'replace' ? editing.holder.personName : '',
              }),
            }
          : write.error
      }
      testId="role-dialog"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {editing.kind === 'replace' && <p>{t('oa.replaceIntro', { name: editing.holder.personName })}</p>}
      <PersonField
        value={personId}
        onChange={setPersonId}
        exclude={current}
        message={submitted && !personId ? t('oa.personRequired') : write.error?.fields['personId']}
      />
      {role === 'productCoordinator' && s.object.products.length > 0 && (
        <fieldset>
          <legend>{t('oa.coordinatorProducts')}</legend>
          {s.object.products.map((p) => (
            <Checkbox
              key={p.id}
              label={p.name}
              checked={productIds.includes(p.id)}
              onChange={(_, d) =>
                setProductIds(d.checked ? [...productIds, p.id] : productIds.filter((id) => id !== p.id))
              }
            />
          ))}
        </fieldset>
      )}
    </FormDialog>
  );
}
