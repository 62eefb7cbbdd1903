/**
 * Runs work after the page has loaded and the browser is idle, so heavy optional parts (the map)
 * never delay the content people came for.
 */
export function whenPageIsIdle(work: () => void): void {
  const schedule = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => work(), { timeout: 2000 });
    else setTimeout(work, 1);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
