// A table that fits its width (issue 15): from about 720 px a table whose columns size to their content
// and whose cells wrap long words instead of running into the next column; below that, each row is a
// card of "header: value" pairs, so nothing overlaps or scrolls sideways at 320 px (Teams on a phone,
// the meeting side panel). Screen readers get a real table on wide screens and a list of labelled
// cards on narrow ones.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { NARROW_QUERY, useMediaQuery } from './responsive';

export interface FitColumn<R> {
  key: string;
  header: string;
  cell(row: R): ReactNode;
  /** Figures: right-aligned, never wrapped. */
  numeric?: boolean;
  /** The column that names the row (a `th scope="row"` on wide screens). */
  rowHeader?: boolean;
}

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'auto',
    fontSize: tokens.fontSizeBase300,
  },
  th: {
    textAlign: 'start',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    // Headers wrap between words, never inside one.
    whiteSpace: 'normal',
    overflowWrap: 'normal',
    wordBreak: 'keep-all',
  },
  td: {
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'break-word',
  },
  num: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // A figure's header aligns with its figures but wraps between words like any header.
  numHead: { textAlign: 'end' },
  rowHead: { textAlign: 'start', fontWeight: tokens.fontWeightRegular },
  sum: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  cards: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  pairs: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  value: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
});

export function FitTable<R>({
  columns,
  rows,
  rowKey,
  label,
  labelledBy,
  testId,
  narrowTestId = testId,
  rowAttributes,
  footer = [],
}: {
  /** A row's own class and data attributes (a highlighted state), on the row or its card. */
  rowAttributes?(row: R): { className?: string; [data: `data-${string}`]: string | undefined };
  columns: FitColumn<R>[];
  rows: readonly R[];
  rowKey(row: R): string;
  label?: string;
  labelledBy?: string;
  testId?: string;
  /** The test id of the list of cards on a narrow screen (the table's by default). */
  narrowTestId?: string;
  /** Sum rows: a table's footer on wide screens, cards set apart on narrow ones. */
  footer?: readonly R[];
}) {
  const styles = useStyles();
  const narrow = useMediaQuery(NARROW_QUERY);
  if (narrow)
    return (
      <ul className={styles.cards} aria-label={label} aria-labelledby={labelledBy} data-testid={narrowTestId}>
        {[...rows, ...footer].map((row, i) => (
          <li
            key={rowKey(row)}
            {...rowAttributes?.(row)}
            className={mergeClasses(
              styles.card,
              i >= rows.length && styles.sum,
              rowAttributes?.(row).className,
            )}
          >
            <dl className={styles.pairs}>
              {columns.map((c) => {
                // A cell with nothing to say (null: a sum row's empty columns) is no pair on a card.
                const value = c.cell(row);
                return value === null ? null : (
                  <FitPair key={c.key} term={c.header} className={styles}>
                    {value}
                  </FitPair>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
    );
  // A plain table: Fluent's Table is fixed-layout, which clips a long word into the next column.
  return (
    <table className={styles.table} aria-label={label} aria-labelledby={labelledBy} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={mergeClasses(styles.th, c.numeric && styles.numHead)}>
              {/* A hyphen in a one-word header ("It-komponent") is no place to break it. */}
              {c.header.replace(/-/g, '\u2011')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <FitRow key={rowKey(row)} row={row} columns={columns} styles={styles} attributes={rowAttributes} />
        ))}
      </tbody>
      {footer.length > 0 && (
        <tfoot>
          {footer.map((row) => (
            <FitRow
              key={rowKey(row)}
              row={row}
              columns={columns}
              styles={styles}
              attributes={rowAttributes}
              className={styles.sum}
            />
          ))}
        </tfoot>
      )}
    </table>
  );
}

function FitRow<R>({
  row,
  columns,
  styles,
  attributes,
  className,
}: {
  row: R;
  columns: FitColumn<R>[];
  styles: ReturnType<typeof useStyles>;
  attributes?(row: R): { className?: string; [data: `data-${string}`]: string | undefined };
  className?: string;
}) {
  const own = attributes?.(row);
  return (
    <tr {...own} className={mergeClasses(className, own?.className)}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.key} scope="row" className={mergeClasses(styles.td, styles.rowHead)}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.key} className={mergeClasses(styles.td, c.numeric && styles.num)}>
            {c.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}

function FitPair({
  term,
  children,
  className,
}: {
  term: string;
  children: ReactNode;
  className: ReturnType<typeof useStyles>;
}) {
  return (
    <>
      <dt className={className.term}>{term}</dt>
      <dd className={className.value}>{children}</dd>
    </>
  );
}
