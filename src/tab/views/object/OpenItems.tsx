// A retired object's open items (000 §3.1.4): what its owners still finish — initiatives, plans not
// closed, contracts still running, action items — from GET /api/objects/{id}/open-items.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useResource } from '../../api/hooks';
import { ErrorBar, Loading } from '../../components/Feedback';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';

interface OpenItemsData {
  initiatives: { id: string; title: string }[];
  plans: { id: string; year: number; status: string }[];
  contracts: { id: string; title: string; supplier: string; endDate: string }[];
  actionItems: { id: string; title: string; dueDate: string }[];
}

export function OpenItems({ objectId }: { objectId: string }) {
  const { t, date } = useTexts();
  const open = useResource<OpenItemsData>(`/api/objects/${objectId}/open-items`);
  if (open.error) return <ErrorBar error={open.error} onRetry={open.reload} />;
  if (!open.data) return <Loading />;
  const d = open.data;
  const groups: [string, string[]][] = [
    ['openInitiatives', d.initiatives.map((i) => i.title)],
    ['openPlans', d.plans.map((p) => `${p.year} – ${t(`status.${p.status}`)}`)],
    ['openContracts', d.contracts.map((c) => `${c.title} (${c.supplier}), ${date(c.endDate)}`)],
    ['openActionItems', d.actionItems.map((a) => `${a.title}, ${date(a.dueDate)}`)],
  ];
  const empty = groups.every(([, items]) => items.length === 0);
  return (
    <Section title={t('openItems')} id="open-items">
      <MessageBar intent="warning">
        <MessageBarBody>{t('retiredObject')}</MessageBarBody>
      </MessageBar>
      {empty ? (
        <p>{t('noOpenItems')}</p>
      ) : (
        groups
          .filter(([, items]) => items.length > 0)
          .map(([title, items]) => (
            <div key={title}>
              <h3>{t(title)}</h3>
              <ul data-testid={title}>
                {items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            </div>
          ))
      )}
    </Section>
  );
}
