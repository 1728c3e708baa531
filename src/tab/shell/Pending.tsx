// What the shell shows while a view's chunk or the sign-in is on its way: a line of text read out as a
// status. Not Fluent's Spinner, whose component and label weigh about 3 KB gzip in the tab's entry
// (issue 18: ≤ 120 KB); the views' own loading states inside the lazy chunks keep the Spinner.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  pending: { color: tokens.colorNeutralForeground2, padding: tokens.spacingVerticalM, margin: 0 },
});

export function Pending({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <p className={styles.pending} role="status">
      {label}
    </p>
  );
}
