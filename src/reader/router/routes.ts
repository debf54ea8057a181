/** Kompass's own views. Paths are Kompass's, independent of the host's URL scheme. */
export type Route =
  | { view: 'home' }
  | { view: 'category'; id: string }
  | { view: 'entry'; id: string }
  | { view: 'guide'; id: string }
  | { view: 'page'; id: string }
  | { view: 'search'; query: string }
  | { view: 'open-now' }
  /** `when`: this week (default, empty), `next-week`, `month`, or a picked date `YYYY-MM-DD`. */
  | { view: 'events'; when?: string }
  | { view: 'event'; id: string }
  | { view: 'settings' };

export function parsePath(path: string): Route {
  const [pathname = '', queryString = ''] = path.split('?');
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  const query = new URLSearchParams(queryString);
  switch (parts[0]) {
    case 'category':
      if (parts[1]) return { view: 'category', id: parts[1] };
      break;
    case 'entry':
      if (parts[1]) return { view: 'entry', id: parts[1] };
      break;
    case 'guide':
      if (parts[1]) return { view: 'guide', id: parts[1] };
      break;
    case 'page':
      if (parts[1]) return { view: 'page', id: parts[1] };
      break;
    case 'search':
      return { view: 'search', query: query.get('q') ?? '' };
    case 'open-now':
      return { view: 'open-now' };
    case 'events':
      return { view: 'events', when: query.get('when') ?? '' };
    case 'event':
      if (parts[1]) return { view: 'event', id: parts[1] };
      break;
    case 'settings':
      return { view: 'settings' };
  }
  return { view: 'home' };
}

export function pathOf(route: Route): string {
  switch (route.view) {
    case 'home':
      return '/';
    case 'category':
    case 'entry':
    case 'guide':
    case 'page':
    case 'event':
      return `/${route.view}/${encodeURIComponent(route.id)}`;
    case 'events':
      return route.when ? `/events?when=${encodeURIComponent(route.when)}` : '/events';
    case 'search':
      return route.query ? `/search?q=${encodeURIComponent(route.query)}` : '/search';
    case 'open-now':
      return '/open-now';
    case 'settings':
      return '/settings';
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The language a deep link asks for (`/entry/x?lang=ar`), if any. */
export function languageOfPath(path: string): string | undefined {
  const query = path.split('?')[1];
  return query ? new URLSearchParams(query).get('lang') || undefined : undefined;
}
