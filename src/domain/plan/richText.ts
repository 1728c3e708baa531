// The plan's chapters are plain text with line breaks (model: PlanSections). Lists are written the way
// people type them: "• ", "- " or "* " starts a bullet, an indented bullet (or "○ ") is one level down;
// an empty line separates paragraphs. The tab's preview and the Word export read text with this one
// function, so what the editor shows is what the document prints.

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'bullet'; level: 0 | 1; text: string };

const BULLET = /^(\s*)([•○◦*-])\s+(.*)$/;

export function textBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const bullet = BULLET.exec(line);
    if (bullet) {
      const indented = bullet[1]!.length > 0 || bullet[2] === '○' || bullet[2] === '◦';
      out.push({ kind: 'bullet', level: indented ? 1 : 0, text: bullet[3]!.trim() });
    } else out.push({ kind: 'paragraph', text: line.trim() });
  }
  return out;
}
