// The HUKI matrix (issue 17 point 4): activities × roles with H, U, K, I. Per object the roles resolve to
// the people holding them. The model owner edits activities, roles and letters (the server refuses two H
// or none, in words); anyone may print it or take it to Word.
import { Button, Field, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditHuki } from '../../../../domain/authorization/policy';
import { useApi, useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { capitalise, term } from '../../../../i18n/messages';
import { ChoiceField, TextField } from '../fields';
import { useAction } from '../useAction';
import { bindingOf, bindingOptions, RowEditor, type Binding } from './RowEditor';

type Letter = 'H' | 'U' | 'K' | 'I';
interface HukiRole {
  id: string;
  etag: string;
  name: string;
  sortOrder: number;
  binding: Binding;
  people?: string[];
}
interface HukiActivity {
  id: string;
  etag: string;
  name: string;
  sortOrder: number;
  cells: Record<string, Letter>;
}
interface Matrix {
  roles: HukiRole[];
  activities: HukiActivity[];
}

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', minWidth: '100%' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalXS,
    textAlign: 'center',
    verticalAlign: 'top',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3 },
  people: { display: 'block', fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
    // Fields never widen the page at 320 px: a select is as wide as its longest option otherwise.
    '& .fui-Field, & .fui-Select, & .fui-Input, & select, & input': { maxWidth: '100%', minWidth: 0 },
  },
  h2: { fontSize: tokens.fontSizeBase500, marginTop: 0 },
  h3: { fontSize: tokens.fontSizeBase400, marginTop: tokens.spacingVerticalL },
  editList: { display: 'grid', gap: tokens.spacingVerticalS, padding: 0, listStyleType: 'none' },
});

export default function HukiMatrix() {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const { actor, ready } = useSession();
  const [objectId, setObjectId] = useState('');
  const objects = useResource<{ id: string; code: string; name: string }[]>('/api/objects');
  const matrix = useResource<Matrix>(objectId ? `/api/huki?objectId=${objectId}` : '/api/huki');
  const action = useAction(matrix.reload);
  const [drafts, setDrafts] = useState<Record<string, Record<string, Letter>>>({});
  const [newActivity, setNewActivity] = useState({ name: '', leader: '' });
  const [newRole, setNewRole] = useState({ name: '', binding: '' });
  useEffect(() => {
    if (matrix.data) ready();
  }, [matrix.data, ready]);
  if (matrix.error) return <ErrorBar error={matrix.error} onRetry={() => void matrix.reload()} />;
  if (!matrix.data) return <Loading />;
  const { roles, activities } = matrix.data;
  const keeper = actor !== null && canEditHuki(actor).allowed;
  const cellsOf = (a: HukiActivity) => drafts[a.id] ?? a.cells;
  const setCell = (a: HukiActivity, roleId: string, value: string) => {
    const { [roleId]: _old, ...rest } = cellsOf(a);
    setDrafts({ ...drafts, [a.id]: value ? { ...rest, [roleId]: value as Letter } : rest });
  };

  return (
    <section aria-labelledby="huki-title">
      <h2 id="huki-title" className={styles.h2}>
        {t('huki.title')}
      </h2>
      <p>{t('huki.legend')}</p>
      <div className={styles.bar}>
        <Field label={t('huki.object')}>
          <Select value={objectId} onChange={(_, d) => setObjectId(d.value)} data-testid="huki-object">
            <option value="">{t('huki.noObject')}</option>
            {(objects.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.code})
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => window.print()}>{t('huki.print')}</Button>
        <Link href={`/api/huki/document.docx${objectId ? `?objectId=${objectId}` : ''}`} download>
          {t('huki.word')}
        </Link>
      </div>
      {!keeper && <p>{t('huki.readOnly')}</p>}
      {action.error && <ErrorBar error={action.error} />}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="huki-title">
        <table className={styles.table} data-testid="huki-table">
          <thead>
            <tr>
              <th scope="col" className={`${styles.cell} ${styles.head}`} style={{ textAlign: 'start' }}>
                {t('huki.activity')}
              </th>
              {roles.map((r) => (
                <th key={r.id} scope="col" className={`${styles.cell} ${styles.head}`}>
                  {r.name}
                  {r.people && <span className={styles.people}>{r.people.join(', ') || '–'}</span>}
                  {r.binding && (
                    <span className={styles.people}>{capitalise(term(lang, r.binding.role))}</span>
                  )}
                </th>
              ))}
              {keeper && <th className={`${styles.cell} ${styles.head}`}>{t('ord.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id} data-testid="huki-row">
                <th scope="row" className={styles.cell} style={{ textAlign: 'start', fontWeight: 'normal' }}>
                  {a.name}
                </th>
                {roles.map((r) => (
                  <td key={r.id} className={styles.cell}>
                    {keeper ? (
                      <select
                        aria-label={t('huki.cell', { role: r.name, activity: a.name })}
                        value={cellsOf(a)[r.id] ?? ''}
                        onChange={(e) => setCell(a, r.id, e.target.value)}
                      >
                        <option value="">–</option>
                        {(['H', 'U', 'K', 'I'] as const).map((l) => (
                          <option key={l} value={l}>
                            {l}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <strong>{a.cells[r.id] ?? ''}</strong>
                    )}
                  </td>
                ))}
                {keeper && (
                  <td className={styles.cell}>
                    <Button
                      size="small"
                      disabled={action.busy || !drafts[a.id]}
                      onClick={() =>
                        void action
                          .run(() => api.patch(`/api/huki-activities/${a.id}`, { cells: cellsOf(a) }, a.etag))
                          .then((ok) => {
                            if (ok) {
                              const { [a.id]: _saved, ...rest } = drafts;
                              setDrafts(rest);
                            }
                          })
                      }
                    >
                      {t('huki.save', { activity: a.name })}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {keeper && (
        <div className={styles.bar} style={{ marginTop: tokens.spacingVerticalL }}>
          <TextField
            label={t('huki.newActivity')}
            value={newActivity.name}
            onChange={(name) => setNewActivity({ ...newActivity, name })}
          />
          <ChoiceField
            label={t('huki.leader')}
            value={newActivity.leader}
            onChange={(leader) => setNewActivity({ ...newActivity, leader })}
            blank="–"
            options={roles.map((r) => ({ value: r.id, label: r.name }))}
          />
          <Button
            disabled={action.busy || !newActivity.name.trim()}
            onClick={() =>
              void action
                .run(() =>
                  api.post('/api/huki-activities', {
                    name: newActivity.name,
                    cells: newActivity.leader ? { [newActivity.leader]: 'H' } : {},
                  }),
                )
                .then((ok) => ok && setNewActivity({ name: '', leader: '' }))
            }
          >
            {t('huki.addActivity')}
          </Button>
          <TextField
            label={t('huki.newRole')}
            value={newRole.name}
            onChange={(name) => setNewRole({ ...newRole, name })}
          />
          <ChoiceField
            label={t('huki.newBinding')}
            value={newRole.binding}
            onChange={(binding) => setNewRole({ ...newRole, binding })}
            blank={t('huki.unbound')}
            options={bindingOptions(lang)}
          />
          <Button
            disabled={action.busy || !newRole.name.trim()}
            onClick={() =>
              void action
                .run(() =>
                  api.post('/api/huki-roles', { name: newRole.name, binding: bindingOf(newRole.binding) }),
                )
                .then((ok) => ok && setNewRole({ name: '', binding: '' }))
            }
          >
            {t('huki.addRole')}
          </Button>
        </div>
      )}
      {keeper && (
        <>
          <h3 className={styles.h3}>{t('huki.roles')}</h3>
          <p>{t('huki.rolesHelp')}</p>
          <ul className={styles.editList}>
            {roles.map((r) => (
              <RowEditor
                key={`${r.id}:${r.etag}`}
                row={r}
                withBinding
                busy={action.busy}
                save={(body) => void action.run(() => api.patch(`/api/huki-roles/${r.id}`, body, r.etag))}
                remove={() => void action.run(() => api.delete(`/api/huki-roles/${r.id}`, r.etag))}
              />
            ))}
          </ul>
          <h3 className={styles.h3}>{t('huki.activities')}</h3>
          <ul className={styles.editList}>
            {activities.map((a) => (
              <RowEditor
                key={`${a.id}:${a.etag}`}
                row={a}
                withBinding={false}
                busy={action.busy}
                save={(body) =>
                  void action.run(() => api.patch(`/api/huki-activities/${a.id}`, body, a.etag))
                }
                remove={() => void action.run(() => api.delete(`/api/huki-activities/${a.id}`, a.etag))}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
