// The form parts every section of the it-organisation page uses: one labelled choice, one labelled text,
// a list of check boxes for "which of these" (a service's systems, a project's delmål), and the section's
// shared layout. One place, so the orders, projects, catalogue and HUKI forms cannot drift apart.
import {
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
  type InputProps,
} from '@fluentui/react-components';
import { parseNumber } from '../../i18n';

/** Fields never widen the page at 320 px: a select is as wide as its longest option otherwise. */
const NARROW = {
  '& .fui-Field, & .fui-Select, & .fui-Input, & select, & input': { maxWidth: '100%', minWidth: 0 },
};

export const useItStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, padding: 0, margin: 0, listStyleType: 'none' },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    overflowWrap: 'anywhere',
  },
  /** A row of fields and buttons that wraps. */
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end', ...NARROW },
  /** A form of fields one above the other. */
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    maxWidth: '40rem',
    marginBlock: tokens.spacingVerticalM,
    ...NARROW,
  },
  checks: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
    maxHeight: '14rem',
    overflowY: 'auto',
    display: 'grid',
  },
  h2: { fontSize: tokens.fontSizeBase500, marginTop: 0 },
  h3: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export interface Option {
  value: string;
  label: string;
}

/** A labelled select; `blank` adds a first choice for "none" with that label. */
export function ChoiceField(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  blank?: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value)} data-testid={props.testId}>
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A labelled text input (also dates and amounts, by `type` and `inputMode`). */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: InputProps['type'];
  inputMode?: InputProps['inputMode'];
  required?: boolean;
  hint?: string;
}) {
  return (
    <Field label={props.label} required={props.required} hint={props.hint}>
      <Input
        type={props.type}
        inputMode={props.inputMode}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

/** Check boxes in a fieldset: which of `options` are chosen. */
export function CheckList(props: {
  legend: string;
  options: readonly Option[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  empty?: string;
}) {
  const styles = useItStyles();
  return (
    <fieldset className={styles.checks}>
      <legend>{props.legend}</legend>
      {props.options.length === 0 && props.empty && <span>{props.empty}</span>}
      {props.options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          checked={props.chosen.includes(o.value)}
          onChange={(_, d) =>
            props.onChange(d.checked ? [...props.chosen, o.value] : props.chosen.filter((v) => v !== o.value))
          }
        />
      ))}
    </fieldset>
  );
}

/**
 * A number as people type it ("25 000", "12,5"). What is not a number goes to the server as null, so
 * that its refusal says in words what an amount must be, rather than the tab sending 0 silently.
 */
export function numberOf(input: string): number | null {
  return parseNumber(input);
}
