// PSG's roll-up of the interim follow-ups across objects (issue 16 §2): per object the latest follow-up
// of the year, its state and its goals by status. A lazy chunk of the portfolio.
import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';

interface RollUp {
  year: number;
  objects: {
    objectId: string;
    code: string;
    name: string;
    followUp: { status: 'draft' | 'ready' | 'noted'; period: string } | null;
    goals: { onTrack: number; atRisk: number; deviating: number };
  }[];
}

export default function FollowUpRollUp({ thisYear }: { thisYear: number }) {
  const { t } = useTexts();
  const [year, setYear] = useState(thisYear);
  const data = useResource<RollUp>(`/api/follow-ups?year=${year}`);
  return (
    <div>
      <Field label={t('fu.plan')}>
        <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
          {[thisYear, thisYear - 1].map((y) => (
            <option key={y}>{y}</option>
          ))}
        </Select>
      </Field>
      {data.error && <ErrorBar error={data.error} onRetry={data.reload} />}
      {!data.data ? (
        <Loading />
      ) : (
        <table data-testid="followup-rollup">
          <caption>{t('fu.rollUp', { year: data.data.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fu.rollUpObject')}</th>
              <th scope="col">{t('fu.status')}</th>
              <th scope="col">{t('fu.status.onTrack')}</th>
              <th scope="col">{t('fu.status.atRisk')}</th>
              <th scope="col">{t('fu.status.deviating')}</th>
            </tr>
          </thead>
          <tbody>
            {data.data.objects.map((o) => (
              <tr key={o.objectId}>
                <th scope="row">{o.code}</th>
                <td>{o.followUp ? t(`fu.fuStatus.${o.followUp.status}`) : t('fu.rollUpNone')}</td>
                <td>{o.goals.onTrack}</td>
                <td>{o.goals.atRisk}</td>
                <td>{o.goals.deviating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
