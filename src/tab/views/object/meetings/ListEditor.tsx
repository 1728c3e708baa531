// One editor for the lists of the minutes (paragraphs with their decisions, action items): a fieldset of
// rows, each with its own fields and a remove button, and an add button whose new row takes the focus so
// the keyboard carries on where the row appeared. The two lists used to be two near-copies of this.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useTexts } from '../../../i18n';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end', minWidth: 0 },
});

export interface ListEditorProps<T> {
  legend: string;
  items: T[];
  onChange(items: T[]): void;
  /** A new row's values. */
  blank(): T;
  /** Rows stack their fields (paragraphs) or lay them out in a wrapping row (action items). */
  layout: 'stack' | 'row';
  /** `${testId}-${n}` on each row, `add-${testId}` on the add button. */
  testId: string;
  addLabel: string;
  /** The row's name for its remove button ("Ta bort: § 2"). */
  rowName(n: number): string;
  /**
   * The row's fields; `focusKey` goes on its first control (as `data-focus-key`) so that a new row can
   * take the focus; `edit` changes the row.
   */
  renderRow(item: T, index: number, edit: (patch: Partial<T>) => void, focusKey: string): ReactNode;
}

export function ListEditor<T>({
  legend,
  items,
  onChange,
  blank,
  layout,
  testId,
  addLabel,
  rowName,
  renderRow,
}: ListEditorProps<T>) {
  const styles = useStyles();
  const { t } = useTexts();
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // Found by a data attribute: the control's id belongs to its Field, which labels it.
  const focusKey = (i: number) => `${testId}-${i}`;
  useEffect(() => {
    if (focusIndex === null) return;
    document.querySelector<HTMLElement>(`[data-focus-key="${focusKey(focusIndex)}"]`)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {items.map((item, i) => {
        const n = i + 1;
        const edit = (patch: Partial<T>) => onChange(items.map((q, j) => (j === i ? { ...q, ...patch } : q)));
        return (
          <div
            key={i}
            className={layout === 'stack' ? styles.group : styles.row}
            data-testid={`${testId}-${n}`}
          >
            {renderRow(item, i, edit, focusKey(i))}
            <Button
              onClick={() => onChange(items.filter((_, j) => j !== i))}
              aria-label={`${t('mt.remove')}: ${rowName(n)}`}
            >
              {t('mt.remove')}
            </Button>
          </div>
        );
      })}
      <Button
        onClick={() => {
          onChange([...items, blank()]);
          setFocusIndex(items.length);
        }}
        data-testid={`add-${testId}`}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
