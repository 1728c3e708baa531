// A message where the shell has no view to show (sign-in failed, no such page): a lazy chunk, so the
// tab's entry does not carry Fluent's MessageBar for a page that is almost never shown.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export default function Notice({ message }: { message: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
