// One role or activity of the HUKI matrix as the model owner keeps it: its name, its place in the matrix
// (sort order) and, for a role, the role of the model it is bound to — so that per object the matrix
// resolves to the people holding it. Saved with the record's eTag; removed the same way.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { OBJECT_ROLES, ORGANISATION_ROLES } from '../../../../domain/model';
import { capitalise, term } from '../../../../i18n/messages';
import { useTexts } from '../../../i18n';
import { ChoiceField, TextField, numberOf, useItStyles, type Option } from '../fields';

export type Binding = { scope: 'object' | 'organisation'; role: string } | null;

/** Every role of the model, as "scope:role" choices with their names. */
export function bindingOptions(lang: 'sv' | 'en'): Option[] {
  const of = (scope: string, roles: readonly string[], where: string) =>
    roles.map((r) => ({ value: `${scope}:${r}`, label: `${capitalise(term(lang, r))} (${where})` }));
  return [
    ...of('object', OBJECT_ROLES, lang === 'sv' ? 'i objektet' : 'in the object'),
    ...of('organisation', ORGANISATION_ROLES, lang === 'sv' ? 'i organisationen' : 'in the organisation'),
  ];
}

export const bindingValue = (b: Binding) => (b ? `${b.scope}:${b.role}` : '');
export function bindingOf(value: string): Binding {
  const [scope, role] = value.split(':');
  return scope && role ? { scope: scope as 'object' | 'organisation', role } : null;
}

export function RowEditor(props: {
  row: { id: string; etag: string; name: string; sortOrder?: number; binding?: Binding };
  /** Roles have a binding; activities do not. */
  withBinding: boolean;
  save: (body: { name: string; sortOrder?: number | null; binding?: Binding }) => void;
  remove: () => void;
  busy: boolean;
}) {
  const styles = useItStyles();
  const { t, lang } = useTexts();
  const r = props.row;
  const [name, setName] = useState(r.name);
  const [order, setOrder] = useState(String(r.sortOrder ?? ''));
  const [binding, setBinding] = useState(bindingValue(r.binding ?? null));
  return (
    <li className={styles.bar} data-testid={props.withBinding ? 'huki-role' : 'huki-activity'}>
      <TextField label={t('huki.name', { name: r.name })} value={name} onChange={setName} />
      <TextField
        label={t('huki.order', { name: r.name })}
        inputMode="numeric"
        value={order}
        onChange={setOrder}
      />
      {props.withBinding && (
        <ChoiceField
          label={t('huki.binding', { name: r.name })}
          value={binding}
          onChange={setBinding}
          blank={t('huki.unbound')}
          options={bindingOptions(lang)}
        />
      )}
      <Button
        disabled={props.busy || !name.trim()}
        onClick={() =>
          props.save({
            name,
            ...(order.trim() ? { sortOrder: numberOf(order) } : {}),
            ...(props.withBinding ? { binding: bindingOf(binding) } : {}),
          })
        }
      >
        {t('huki.saveRow', { name: r.name })}
      </Button>
      <Button disabled={props.busy} onClick={props.remove}>
        {props.withBinding
          ? t('huki.removeRole', { name: r.name })
          : t('huki.removeActivity', { name: r.name })}
      </Button>
    </li>
  );
}
