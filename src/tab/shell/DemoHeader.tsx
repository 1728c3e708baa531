// Demo mode's header: the warning that this is no real sign-in, and the person to act as. A lazy chunk
// of its own (issue 18: the tab's initial JavaScript ≤ 120 KB gzip): the picker's Dropdown brings
// Fluent's combobox and positioning (about 20 KB gzip), which a signed-in user in Teams never needs.
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { PersonPicker } from '../components/PersonPicker';
import { useTexts } from '../i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export default function DemoHeader() {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <header className={styles.header}>
      {/* Wraps rather than widening the page at 320 px. */}
      <MessageBar intent="warning" layout="multiline" style={{ flex: '1 1 20rem', minWidth: 0 }}>
        <MessageBarBody>{t('demoBanner')}</MessageBarBody>
      </MessageBar>
      <PersonPicker />
    </header>
  );
}
