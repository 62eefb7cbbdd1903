/**
 * Wires ExportButtons groups: chart buttons show at once, map buttons once the map is drawn;
 * a click loads the export code (d3-geo and friends) only then, so pages do not pay for it up
 * front.
 */
import { whenMapDrawn } from './map-events.ts';

export function enhanceExportButtons(root: ParentNode): void {
  for (const group of root.querySelectorAll<HTMLElement>('[data-export-for]')) {
    if (group.dataset.exportReady) continue;
    group.dataset.exportReady = 'true';
    const target = document.getElementById(group.dataset.exportFor!);
    if (!target) continue;
    if (target.classList.contains('statlas-map')) whenMapDrawn(target, () => (group.hidden = false));
    else group.hidden = false;
    const status = group.querySelector<HTMLElement>('[data-export-status]');
    for (const button of group.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      button.addEventListener('click', async () => {
        button.disabled = true;
        if (status) status.textContent = '';
        try {
          const { exportFigure } = await import('./export-figure.ts');
          await exportFigure(group, button.dataset.format as 'png' | 'svg');
        } catch (error) {
          console.warn('statlas: export failed', error);
          if (status) status.textContent = 'Sorry, this browser could not make the file.';
        } finally {
          button.disabled = false;
        }
      });
    }
  }
}
