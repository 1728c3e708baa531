// The system register's CSV writer (ADR 0024); reading it back is tested with the sheet reader.
import { toCsvLine } from '../../../src/domain/systems/csv';

describe('toCsvLine', () => {
  it('neutralises formulas so Excel does not run them (CSV injection)', () => {
    expect(toCsvLine(['=HYPERLINK("x")', '+1', '-2', '@a', 'ok'])).toBe(
      `"'=HYPERLINK(""x"")";'+1;'-2;'@a;ok`,
    );
  });
});
