/**
 * Recent searches, kept on this device only (localStorage), per pack; the reader can clear
 * them. Without storage (private mode, disabled) they are simply not kept.
 */
const KEY = 'kompass:recent-searches:';
const MAX = 8;

export function recentSearches(pack: string): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY + pack) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((q): q is string => typeof q === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function addRecentSearch(pack: string, query: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return recentSearches(pack);
  const list = [q, ...recentSearches(pack).filter((x) => x.toLocaleLowerCase() !== q.toLocaleLowerCase())].slice(0, MAX);
  try {
    localStorage.setItem(KEY + pack, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the list lasts for this page.
  }
  return list;
}

export function clearRecentSearches(pack: string): void {
  try {
    localStorage.removeItem(KEY + pack);
  } catch {
    // Nothing stored.
  }
}
