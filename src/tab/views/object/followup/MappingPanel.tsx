// The object's finance-system codes: what each stands for (main activity, side, bucket).
import {
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  BUCKETS,
  MAIN_ACTIVITIES,
  SIDES,
  type Bucket,
  type MainActivity,
  type Side,
} from '../../../../domain/model';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import type { CodeRow, Mapping } from './types';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalS,
  },
});

export function MappingPanel({ objectId, editable }: { objectId: string; editable: boolean }) {
  const styles = useStyles();
  const api = useApi();
  const { t } = useTexts();
  const mapping = useResource<Mapping>(`/api/objects/${objectId}/outcome-mapping`);
  const [codes, setCodes] = useState<CodeRow[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setCodes(mapping.data?.codes ?? []), [mapping.data]);
  const set = (i: number, patch: Partial<CodeRow>) =>
    setCodes((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const save = async () => {
    setMessage(null);
    try {
      await api.request('PUT', `/api/objects/${objectId}/outcome-mapping`, {
        body: { codes },
        ...(mapping.data?.etag ? { ifMatch: mapping.data.etag } : {}),
      });
      await mapping.reload();
      setMessage({ ok: true, text: t('fu.saved') });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div>
      <p>{t('fu.mappingHint')}</p>
      {codes.map((c, i) => (
        <div key={i} className={styles.row}>
          <Input
            aria-label={t('fu.code')}
            value={c.code}
            disabled={!editable}
            onChange={(_, d) => set(i, { code: d.value })}
          />
          <Select
            aria-label={t('fu.activity')}
            value={c.mainActivity}
            disabled={!editable}
            onChange={(_, d) => set(i, { mainActivity: d.value as MainActivity })}
          >
            {MAIN_ACTIVITIES.map((a) => (
              <option key={a} value={a}>
                {t(`activity.${a}`)}
              </option>
            ))}
          </Select>
          <Select
            aria-label={t('fu.side')}
            value={c.side}
            disabled={!editable}
            onChange={(_, d) => set(i, { side: d.value as Side })}
          >
            {SIDES.map((s) => (
              <option key={s} value={s}>
                {t(`fu.side.${s}`)}
              </option>
            ))}
          </Select>
          <Select
            aria-label={t('fu.bucket')}
            value={c.bucket}
            disabled={!editable}
            onChange={(_, d) => set(i, { bucket: d.value as Bucket })}
          >
            {BUCKETS.map((b) => (
              <option key={b} value={b}>
                {t(`fu.bucket.${b}`)}
              </option>
            ))}
          </Select>
          {editable && (
            <Button
              aria-label={t('fu.removeCode', { code: c.code })}
              onClick={() => setCodes((cs) => cs.filter((_, j) => j !== i))}
            >
              ✕
            </Button>
          )}
        </div>
      ))}
      {editable && (
        <div className={styles.row}>
          <Button
            onClick={() =>
              setCodes((cs) => [
                ...cs,
                { code: '', mainActivity: 'forvaltningsstyrning', side: 'business', bucket: 'maintain' },
              ])
            }
          >
            {t('fu.addCode')}
          </Button>
          <Button appearance="primary" onClick={() => void save()}>
            {t('fu.saveMapping')}
          </Button>
        </div>
      )}
      {message && (
        <MessageBar intent={message.ok ? 'success' : 'error'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
