import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/normalise/render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders paragraphs, lists, emphasis and safe links', () => {
    expect(renderMarkdown('A **b** *c*\n\n- one\n- [two](https://example.org)')).toBe(
      '<p>A <strong>b</strong> <em>c</em></p>\n<ul><li>one</li><li><a href="https://example.org">two</a></li></ul>',
    );
  });

  it('continues a list item over wrapped lines', () => {
    expect(renderMarkdown('- one\n  more\n- two')).toBe('<ul><li>one more</li><li>two</li></ul>');
  });

  it('escapes HTML and drops javascript: links', () => {
    const html = renderMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
  });
});
