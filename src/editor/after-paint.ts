/**
 * Resolves once the page has had a chance to paint (the next animation frame, then a task), or
 * after 100 ms where frames do not come (a tab in the background). Storing or posting a
 * 30 MB source blocks the thread for a moment: what the clerk should see first is drawn first.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
