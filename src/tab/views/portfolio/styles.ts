// Styles of the portfolio's tables and cards, shared by its parts.
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePortfolioStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    // Columns size to their content: nothing is clipped into a neighbour (Fluent's Table is fixed-layout).
    tableLayout: 'auto',
    fontSize: tokens.fontSizeBase300,
  },
  th: {
    textAlign: 'left',
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
  name: { minWidth: '12rem' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  sum: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  late: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  cards: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    overflowWrap: 'break-word',
  },
  cardTitle: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, minWidth: 0 },
});
