import { problemLines, type Problem } from '../../../authoring/problems.js';
import { problemLanguage } from '../../../authoring/problem-messages.js';

/** Problem lines in the system's language (LC_ALL, LC_MESSAGES, LANG), else English. */
const formatProblem = (p: Problem): string => problemLines(problemLanguage(undefined, process.env))(p);
import { ContentStore, PublishError } from '../../publish/publish-store.js';
import { parseTrustProxy } from '../../server/client-address.js';
import { readServerConfig, startServer } from '../../server/server.js';
import { addToken, readTokens, removeToken } from '../../server/tokens.js';
import { UsageError, type CliIo } from '../io.js';
import { cliUser, need, parse } from './args.js';

export const SERVE_HELP = `Usage: kompass serve --content <data-dir> [--port 8787] [--host 127.0.0.1] [--origin <url>]… [--keep 20] [--trust-proxy <list>]

Runs the publish server: serves the current content pack and the editors' API.

  GET /manifest.json                 no-cache, ETag; 304 on If-None-Match
  GET /base.<hash>.json, /text/…     immutable, cached for a year; gzip or brotli
  /api/…                             the editors' API (Bearer token): read the source,
                                     publish with If-Match, validate, revisions, rollback,
                                     audit log, translation status. docs/publish-server.md

<data-dir> holds the published revisions, tokens.json, audit.log and an optional
server.json ({ "origins": [...], "keep": 20, "maxBodyBytes": …, "rateLimit": … }).
Start it empty and publish a first revision with "kompass publish <source-dir> --content <data-dir>"
(or from the editor). Tokens: "kompass token add <name> --content <data-dir>".

Options:
  --content <dir>      the data folder (created if missing)
  --port <n>           default 8787 (0: any free port)
  --host <address>     default 127.0.0.1; put a TLS reverse proxy in front for the internet
  --origin <url>       an origin allowed by CORS (repeat; "*" for the pack only)
  --keep <n>           revisions kept for rollback (default 20)
  --trust-proxy <list> reverse proxies whose X-Forwarded-For / Forwarded is believed for the
                       sign-in limits: "loopback", addresses and CIDR ranges (comma-separated),
                       or "true"; also KOMPASS_TRUST_PROXY or "trustProxy" in server.json
  --source <dir>       publish this source folder first if nothing is published yet
  --help, -h           show this help`;

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, {
    content: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    origin: { type: 'string', multiple: true },
    keep: { type: 'string' },
    source: { type: 'string' },
    'trust-proxy': { type: 'string' },
  });
  if (values.help) {
    io.out(SERVE_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`serve takes no arguments; use --content <dir>.`);
  const content = need(values.content, 'serve needs --content <data-dir>.');
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError(`--port "${values.port}" is not a port number.`);
  const keep = values.keep === undefined ? undefined : Number(values.keep);
  if (keep !== undefined && (!Number.isInteger(keep) || keep < 1)) throw new UsageError(`--keep "${values.keep}" is not a positive whole number.`);
  const trustProxy = values['trust-proxy'] ?? process.env.KOMPASS_TRUST_PROXY;
  if (trustProxy !== undefined) {
    try {
      parseTrustProxy(trustProxy, values['trust-proxy'] !== undefined ? '--trust-proxy' : 'KOMPASS_TRUST_PROXY');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const config = await readServerConfig(content);
  const keepAll = keep ?? config.keep;
  const store = new ContentStore(content, keepAll !== undefined ? { keep: keepAll } : {});
  await store.init();
  if (values.source && !(await store.current())) {
    const r = await store.publishFolder(values.source, cliUser(), { message: 'initial publish' }).catch((e: unknown) => {
      if (e instanceof PublishError) {
        for (const l of (e.details.lines as string[] | undefined) ?? []) io.err(l);
        io.err(`kompass serve: ${e.message}`);
        return undefined;
      }
      throw e;
    });
    if (!r) return 1;
    io.out(`Published ${values.source} as revision ${r.revision}.`);
  }
  const running = await startServer({
    content,
    ...(port !== undefined ? { port } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(values.origin ? { origins: values.origin } : {}),
    ...(keep !== undefined ? { keep } : {}),
    ...(trustProxy !== undefined ? { trustProxy } : {}),
    log: (l) => io.out(l),
  });
  io.out(`Kompass publish server listening on ${running.url} (content: ${content}, revision ${await running.store.current()})`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      io.out('Stopping.');
      void running.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

export const PUBLISH_HELP = `Usage: kompass publish <source-dir> --content <data-dir> [--minor] [--message <text>] [--wait <seconds>]

Validates a source folder and publishes it as the next revision of a publish server's
data folder (the server may be running): the same checks, build, atomic switch and audit
log entry as a publish through the API.

  --minor            the default-language changes are small fixes: translations stay current
  --message <text>   kept in the audit log
  --wait <seconds>   how long to wait while another publish holds the lock (default 30)

Exit codes: 0 published (or nothing changed), 1 the source has errors, 75 another publish
was running for the whole wait (try again).`;

/** Exit code when the publish lock stayed busy (EX_TEMPFAIL: try again later). */
export const EXIT_LOCKED = 75;

function waitOption(value: string | undefined): number {
  if (value === undefined) return 30_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || value.trim() === '') throw new UsageError(`--wait "${value}" is not a number of seconds.`);
  return seconds * 1000;
}

/** Prints a PublishError the way every data-folder command does; returns the exit code. */
function reportPublishError(command: string, e: PublishError, io: CliIo): number {
  for (const p of (e.details.problems as Problem[] | undefined) ?? []) io.out(formatProblem(p));
  io.err(`kompass ${command}: ${e.message}`);
  return e.code === 'locked' ? EXIT_LOCKED : 1;
}

export async function publishCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { content: { type: 'string' }, minor: { type: 'boolean' }, message: { type: 'string' }, wait: { type: 'string' } });
  if (values.help) {
    io.out(PUBLISH_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('publish needs exactly one source folder.');
  const store = new ContentStore(need(values.content, 'publish needs --content <data-dir>.'), { lockWaitMs: waitOption(values.wait) });
  try {
    const r = await store.publishFolder(positionals[0]!, cliUser(), { minor: !!values.minor, ...(values.message ? { message: values.message } : {}) });
    for (const w of r.warnings) io.out(formatProblem(w));
    io.out(r.unchanged ? `Nothing changed; revision ${r.revision} stays published.` : `Published revision ${r.revision} (previous: ${r.previous}).`);
    return 0;
  } catch (e) {
    if (!(e instanceof PublishError)) throw e;
    return reportPublishError('publish', e, io);
  }
}

export const ROLLBACK_HELP = `Usage: kompass rollback <data-dir> <revision> [--wait <seconds>]

Publishes the source of an earlier, kept revision again — as a new revision, because
readers never accept a lower revision number. Recorded in the audit log.
"kompass rollback <data-dir> --list" shows the kept revisions. Like "kompass publish", it
waits up to --wait seconds (default 30) for another publish, then exits with code 75.`;

export async function rollbackCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { list: { type: 'boolean' }, wait: { type: 'string' } });
  if (values.help) {
    io.out(ROLLBACK_HELP);
    return 0;
  }
  const store = new ContentStore(need(positionals[0], 'rollback needs the data folder.'), { lockWaitMs: waitOption(values.wait) });
  if (values.list) {
    const current = await store.current();
    for (const r of (await store.revisions()).reverse()) {
      const m = await store.meta(r);
      io.out(`${r}${r === current ? ' (current)' : ''}  ${m?.published ?? '?'}  ${m?.by ?? '?'}  ${m?.action ?? ''}${m?.restoredFrom ? ` of ${m.restoredFrom}` : ''}${m?.message ? `  ${m.message}` : ''}`);
    }
    return 0;
  }
  if (positionals.length !== 2 || !/^\d+$/.test(positionals[1]!)) throw new UsageError('rollback needs the data folder and a revision number.');
  try {
    const r = await store.rollback(Number(positionals[1]), cliUser());
    io.out(`Published the source of revision ${positionals[1]} as revision ${r.revision}.`);
    return 0;
  } catch (e) {
    if (!(e instanceof PublishError)) throw e;
    return reportPublishError('rollback', e, io);
  }
}

export const TOKEN_HELP = `Usage: kompass token <add|list|remove> [<name>] --content <data-dir>

  add <name>      make a token for an editor and print it — once; only a hash is stored
  list            list the names with tokens
  remove <name>   revoke the editor's token (effective immediately)

The tokens live in <data-dir>/tokens.json (scrypt hashes). Editors send their token as
"Authorization: Bearer <token>".`;

export async function tokenCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { content: { type: 'string' } });
  if (values.help || !positionals.length) {
    io.out(TOKEN_HELP);
    return values.help ? 0 : 2;
  }
  const store = new ContentStore(need(values.content, 'token needs --content <data-dir>.'));
  const [action, name] = positionals;
  switch (action) {
    case 'add': {
      if (!name || positionals.length !== 2) throw new UsageError('token add needs one name.');
      const { mkdir } = await import('node:fs/promises');
      await mkdir(store.dir, { recursive: true });
      try {
        const token = await addToken(store.tokensFile, name);
        io.out(token);
        io.err(`Token for "${name}" created. Copy it now: it is not stored and cannot be shown again.`);
        return 0;
      } catch (e) {
        io.err(`kompass token: ${(e as Error).message}`);
        return 1;
      }
    }
    case 'list':
      for (const t of (await readTokens(store.tokensFile)).tokens) io.out(`${t.name}  (created ${t.created})`);
      return 0;
    case 'remove':
      if (!name) throw new UsageError('token remove needs a name.');
      if (await removeToken(store.tokensFile, name)) {
        io.out(`Token of "${name}" removed.`);
        return 0;
      }
      io.err(`kompass token: there is no token for "${name}".`);
      return 1;
    default:
      throw new UsageError(`unknown token action "${action}"; use add, list or remove.`);
  }
}
