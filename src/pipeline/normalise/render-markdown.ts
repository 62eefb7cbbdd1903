/**
 * A deliberately small Markdown renderer for metadata text (methodology notes). Everything is
 * HTML-escaped first, then a few constructs are recognised: paragraphs, bullet lists, **bold**,
 * *italic*, `code` and [links](https://...) to http(s) or mailto only. No raw HTML survives, so a
 * contributor's text cannot inject markup or script into a page.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^\s)"]+)\)/g, '<a href="$2">$1</a>');
}

export function renderMarkdown(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (/^\s*[-*]\s+/.test(lines[0]!)) {
        // A list: each "- " starts an item; other lines continue the item above.
        const items: string[] = [];
        for (const line of lines) {
          if (/^\s*[-*]\s+/.test(line)) items.push(line.replace(/^\s*[-*]\s+/, ''));
          else items[items.length - 1] += ` ${line.trim()}`;
        }
        return `<ul>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
      }
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}
