// Loading and error states shared by the views.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useTexts } from '../i18n';

export function Loading() {
  const { t } = useTexts();
  return <Spinner label={t('loading')} />;
}

export function ErrorBar({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTexts();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{t('error')}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
