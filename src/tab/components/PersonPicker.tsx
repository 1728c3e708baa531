// Demo mode: choose the person to act as. Visible, so nobody mistakes the demo for real sign-in.
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useResource } from '../api/hooks';
import type { Rec } from '../api/types';
import type { Person } from '../../domain/model';
import { useTexts } from '../i18n';
import { useSession } from '../session';
import { NARROW_QUERY, useMediaQuery } from './responsive';

const NOBODY = '__nobody__';

export function PersonPicker() {
  const { t } = useTexts();
  const session = useSession();
  const people = useResource<Rec<Person>[]>('/api/people');
  const current = session.me?.person;
  // At 320 px (a phone, the meeting side panel) the label goes above, so the picker fits the width.
  const narrow = useMediaQuery(NARROW_QUERY);
  return (
    <Field label={t('actAs')} orientation={narrow ? 'vertical' : 'horizontal'} style={{ maxWidth: '100%' }}>
      <Dropdown
        data-testid="person-picker"
        value={current ? `${current.displayName} – ${current.title}` : t('nobody')}
        selectedOptions={[current?.id ?? NOBODY]}
        onOptionSelect={(_, data) =>
          session.choosePerson(data.optionValue === NOBODY ? null : (data.optionValue ?? null))
        }
        // Never wider than the screen (Teams on a phone is 320 px).
        style={{ minWidth: 'min(20rem, 100%)', maxWidth: '100%' }}
      >
        <Option value={NOBODY}>{t('nobody')}</Option>
        {(people.data ?? []).map((p) => (
          <Option key={p.id} value={p.id} text={`${p.displayName} – ${p.title}`}>
            {`${p.displayName} – ${p.title}`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
