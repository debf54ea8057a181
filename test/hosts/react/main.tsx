/**
 * A React 19 city app with its own history-based router (`/react/` and `/react/about`),
 * embedding `<kompass-app>`: `lang` follows React state, Kompass's events land in React
 * handlers (React 19 binds `on<event-name>` props on custom elements to DOM events).
 */
import { StrictMode, useEffect, useState, type MouseEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { KompassNavigateEvent } from '../../../src/reader/events/kompass-navigate.js';
import type { KompassLanguageChangeEvent } from '../../../src/reader/events/kompass-language-change.js';
import '../shared/host.css';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'kompass-app': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        src?: string;
        lang?: string;
        routing?: 'hash' | 'memory';
        'store-name'?: string;
        'onkompass-navigate'?: (e: KompassNavigateEvent) => void;
        'onkompass-language-change'?: (e: KompassLanguageChangeEvent) => void;
      };
    }
  }
}

const BASE = '/react';
const ROUTES: Record<string, string> = { '/': 'Start', '/about': 'Über die Stadt' };

function usePath(): [string, (path: string) => void] {
  const read = () => location.pathname.slice(BASE.length) || '/';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onPop = () => setPath(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (to: string) => {
    history.pushState({ host: to }, '', BASE + to);
    setPath(to);
  };
  return [path, go];
}

function App() {
  const [path, go] = usePath();
  const [lang, setLang] = useState('de');
  const [events, setEvents] = useState<string[]>([]);
  const add = (line: string) => setEvents((list) => [...list, line]);
  const link = (to: string) => ({
    href: BASE + to,
    'aria-current': path === to ? ('page' as const) : undefined,
    onClick: (e: MouseEvent) => {
      e.preventDefault();
      go(to);
    },
  });
  return (
    <>
      <nav className="host-nav" aria-label="Stadt-App">
        <a {...link('/')}>Start</a>
        <a {...link('/about')}>Über die Stadt</a>
      </nav>
      <main>
        <h2 id="host-heading">{ROUTES[path] ?? 'Nicht gefunden'}</h2>
        <p id="host-route">{path}</p>
        <p className="status" id="host-status">Host status line</p>
        <header part="header" id="host-header">Host header</header>
        <p>
          <button type="button" id="lang-de" onClick={() => setLang('de')}>Deutsch</button>{' '}
          <button type="button" id="lang-en" onClick={() => setLang('en')}>English</button>
        </p>
        <kompass-app
          src="/pack/manifest.json"
          lang={lang}
          routing="hash"
          store-name="react-host"
          onkompass-navigate={(e) => add(`navigate ${e.path}`)}
          onkompass-language-change={(e) => add(`language ${e.lang} ${e.dir}`)}
        />
        <ol id="events">
          {events.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
