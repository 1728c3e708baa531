// A chapter's plain text shown as paragraphs and lists, read by the same rules as the Word export
// (domain/plan/richText), so the preview is what the document prints.
import { Fragment, type ReactNode } from 'react';
import { textBlocks, type TextBlock } from '../../domain/plan/richText';

export function RichText({ text, empty }: { text: string; empty?: ReactNode }) {
  const blocks = textBlocks(text);
  if (blocks.length === 0) return <>{empty ?? null}</>;
  // Consecutive bullets form one list; level-1 bullets nest under the bullet before them.
  const out: ReactNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph') {
      out.push(<p key={i}>{block.text}</p>);
      i++;
      continue;
    }
    const items: { text: string; sub: string[] }[] = [];
    while (i < blocks.length && blocks[i]!.kind === 'bullet') {
      const b = blocks[i] as Extract<TextBlock, { kind: 'bullet' }>;
      if (b.level === 1 && items.length) items[items.length - 1]!.sub.push(b.text);
      else items.push({ text: b.text, sub: [] });
      i++;
    }
    out.push(
      <ul key={`l${i}`}>
        {items.map((item, n) => (
          <li key={n}>
            {item.text}
            {item.sub.length > 0 && (
              <ul>
                {item.sub.map((s, m) => (
                  <li key={m}>{s}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>,
    );
  }
  return <Fragment>{out}</Fragment>;
}
