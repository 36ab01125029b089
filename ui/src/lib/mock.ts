// An in-memory stand-in for the Rust shell, used when the UI runs without Tauri (npm run dev, or a
// static build opened in a browser) so that it can be viewed and screenshotted. It imitates the
// commands' answers and errors closely enough for that, no more: the real rules live in the core.
//
// URL parameters: ?lang=bn|tl|ur|en sets the interface language, ?readonly=1 staff mode, ?user=NAME.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Backend, Unlisten } from './ipc';
import type {
  Autosave,
  Change,
  DueItem,
  Lang,
  PolicySummary,
  Revision,
  RevisionInfo,
  SearchHit,
  Status,
  TranslationState,
} from './types';
import { LANGS } from './types';

import ftlEn from '../../../locales/en-US/policybook.ftl?raw';
import ftlBn from '../../../locales/bn-BD/policybook.ftl?raw';
import ftlTl from '../../../locales/tl-PH/policybook.ftl?raw';
import ftlUr from '../../../locales/ur-PK/policybook.ftl?raw';

const FTL: Record<Lang, string> = { en: ftlEn, bn: ftlBn, tl: ftlTl, ur: ftlUr };

// A part of the demo handbook in assets/demo (the same files `make run` imports).
const DEMO = import.meta.glob('../../../assets/demo/{greeting,refunds,complaints,privacy,phone,loyalty}.*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

interface Policy {
  id: string;
  category: string;
  owner: string;
  review_every_months: number;
  source_lang: Lang;
  retired: boolean;
}

interface MockRevision extends Revision {
  status: Status;
  approved_by: string | null;
  approved_on: string | null;
}

class MockError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

const isLang = (s: unknown): s is Lang => typeof s === 'string' && (LANGS as readonly string[]).includes(s);

function parseFrontMatter(text: string): { meta: Record<string, string>; body: string } {
  const meta: Record<string, string> = {};
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!m) return { meta, body: text };
  for (const line of m[1].split('\n')) {
    const kv = /^([a-z_]+):\s*(.*?)\s*$/.exec(line);
    if (kv) meta[kv[1]] = kv[2].replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}

function addDays(ymd: string, days: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(ymd: string, months: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small, escaping Markdown renderer: enough to preview the demo texts. */
export function renderMarkdownMock(md: string): string {
  const inline = (s: string) =>
    escapeHtml(s)
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/~~([^~]+)~~/g, '<del>$1</del>')
      .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
      .replace(/\[\^(\w+)\]/g, '<sup>$1</sup>');
  const out: string[] = [];
  let para: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  let table: string[][] | null = null;
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
    list = null;
    if (table) {
      const [head, ...rows] = table;
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    }
    table = null;
  };
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    let m: RegExpExecArray | null;
    if (!line.trim()) flush();
    else if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      flush();
      out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`);
    } else if ((m = /^\s*[-*+]\s+(.*)$/.exec(line))) {
      if (para.length || table || list?.tag === 'ol') flush();
      list ??= { tag: 'ul', items: [] };
      list.items.push(m[1]);
    } else if ((m = /^\s*\d+[.)]\s+(.*)$/.exec(line))) {
      if (para.length || table || list?.tag === 'ul') flush();
      list ??= { tag: 'ol', items: [] };
      list.items.push(m[1]);
    } else if (/^\|/.test(line)) {
      if (para.length || list) flush();
      if (/^\|[\s:|-]+\|$/.test(line)) continue;
      table ??= [];
      table.push(line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
    } else if ((m = /^>\s?(.*)$/.exec(line))) {
      flush();
      out.push(`<blockquote><p>${inline(m[1])}</p></blockquote>`);
    } else if (/^(-{3,}|\*{3,})$/.test(line)) {
      flush();
      out.push('<hr>');
    } else {
      if (list || table) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

const tokens = (s: string) => s.match(/\s+|[^\s]+/gu) ?? [];

/** A word-level diff (longest common subsequence), in the core's change format. */
export function diffWords(a: string, b: string): Change[] {
  const x = tokens(a);
  const y = tokens(b);
  const n = x.length;
  const m = y.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: Change[] = [];
  const push = (tag: Change['tag'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.tag === tag) last.text += text;
    else out.push({ tag, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      push('equal', x[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('delete', x[i++]);
    else push('insert', y[j++]);
  }
  while (i < n) push('delete', x[i++]);
  while (j < m) push('insert', y[j++]);
  return out;
}

export function createMockBackend(): Backend {
  const params = new URLSearchParams(typeof location !== 'undefined' ? location.search : '');
  const today = new Date().toISOString().slice(0, 10);
  const prefs = {
    user: params.get('user') ?? 'Samuel Cruz',
    uiLang: (isLang(params.get('lang')) ? params.get('lang') : 'en') as Lang,
    readOnly: params.get('readonly') === '1',
  };
  let company = 'Riverbend Retail';
  const policies = new Map<string, Policy>();
  const revisions: MockRevision[] = [];
  const autosaves = new Map<string, Autosave>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();

  // ---- the demo handbook --------------------------------------------------------------------------
  const files = Object.entries(DEMO)
    .map(([path, text]) => ({ path, ...parseFrontMatter(text) }))
    .sort((a, b) => (a.meta.source_lang ? 1 : 0) - (b.meta.source_lang ? 1 : 0));
  for (const f of files) {
    const id = f.meta.id;
    const lang = (isLang(f.meta.lang) ? f.meta.lang : 'en') as Lang;
    if (!policies.has(id)) {
      policies.set(id, {
        id,
        category: f.meta.category || 'General',
        owner: f.meta.owner || '',
        review_every_months: Number(f.meta.review_every_months) || 12,
        source_lang: (isLang(f.meta.source_lang) ? f.meta.source_lang : lang) as Lang,
        retired: false,
      });
    }
    const approvedOn = f.meta.approved || null;
    const created = `${addDays(approvedOn ?? addDays(today, -3), -4)}T09:30:00Z`;
    const base = {
      policy_id: id,
      lang,
      title: f.meta.title || id,
      author: f.meta.author || 'Demo import',
      summary: '',
      hash: '',
    };
    const isSource = policies.get(id)!.source_lang === lang;
    if (id === 'refunds' && isSource) {
      // An older revision, so that history and diff have something to show.
      const older = f.body
        .replace(/~~14 days~~ \*\*30 days\*\* \(extended on 1 December 2025\)/, '**14 days**')
        .replace(/\| 30 days \|/g, '| 14 days |');
      revisions.push({
        ...base,
        revision: 1,
        body: older,
        created: `${addDays(approvedOn!, -400)}T10:00:00Z`,
        summary: 'Imported from the 2024 handbook',
        source_revision: null,
        status: 'approved',
        approved_by: f.meta.approved_by || null,
        approved_on: addDays(approvedOn!, -395),
      });
    }
    const own = revisions.filter((r) => r.policy_id === id && r.lang === lang).length;
    const sourceRevs = revisions.filter(
      (r) => r.policy_id === id && r.lang === policies.get(id)!.source_lang,
    ).length;
    revisions.push({
      ...base,
      revision: own + 1,
      body: f.body,
      created,
      summary: own ? 'Return window extended to 30 days' : '',
      // The Bengali refunds text was translated from the older English revision: it is stale.
      source_revision: isSource ? null : id === 'refunds' && lang === 'bn' ? 1 : sourceRevs,
      status: approvedOn ? 'approved' : 'draft',
      approved_by: approvedOn ? f.meta.approved_by || null : null,
      approved_on: approvedOn,
    });
  }

  // ---- helpers ------------------------------------------------------------------------------------
  const errBundle = () => {
    const b = new FluentBundle(prefs.uiLang === 'tl' ? 'fil' : prefs.uiLang, { useIsolating: false });
    b.addResource(new FluentResource(FTL[prefs.uiLang]));
    const en = new FluentBundle('en', { useIsolating: false });
    en.addResource(new FluentResource(FTL.en));
    return [b, en];
  };
  const fail = (code: string, args: Record<string, string | number> = {}): never => {
    const id = `error-${code.replace(/[._]/g, '-')}`;
    for (const b of errBundle()) {
      const m = b.getMessage(id);
      if (m?.value) throw new MockError(code, b.formatPattern(m.value, args));
    }
    throw new MockError(code, code);
  };
  const policy = (id: string) => policies.get(id) ?? fail('store.no_policy', { id });
  const revsOf = (id: string, lang: Lang) =>
    revisions.filter((r) => r.policy_id === id && r.lang === lang).sort((a, b) => a.revision - b.revision);
  const newest = (id: string, lang: Lang) => {
    const rs = revsOf(id, lang);
    return rs[rs.length - 1] as MockRevision | undefined;
  };
  const toRevision = (r: MockRevision): Revision => ({
    policy_id: r.policy_id,
    lang: r.lang,
    revision: r.revision,
    title: r.title,
    body: r.body,
    author: r.author,
    created: r.created,
    summary: r.summary,
    hash: r.hash,
    source_revision: r.source_revision,
  });
  const toInfo = (r: MockRevision): RevisionInfo => ({
    policy_id: r.policy_id,
    lang: r.lang,
    revision: r.revision,
    title: r.title,
    author: r.author,
    created: r.created,
    summary: r.summary,
    source_revision: r.source_revision,
    status: r.status,
    approved_by: r.approved_by,
    approved_on: r.approved_on,
    signed_by: null,
    approval_signed_by: null,
  });
  const translationState = (id: string, lang: Lang): TranslationState => {
    const p = policy(id);
    if (p.source_lang === lang) return 'source';
    const t = newest(id, lang);
    if (!t) return 'missing';
    const src = newest(id, p.source_lang);
    return src && (t.source_revision ?? 0) < src.revision ? 'stale' : 'current';
  };
  const needWrite = () => {
    if (prefs.readOnly) fail('store.read_only', { reason: 'read-only mode' });
  };
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((h) => h(payload));
  const str = (a: Record<string, unknown>, k: string) => (typeof a[k] === 'string' ? (a[k] as string) : '');
  const langArg = (a: Record<string, unknown>, k = 'lang'): Lang | undefined =>
    isLang(a[k]) ? (a[k] as Lang) : undefined;

  const acks: {
    id: string;
    lang: Lang;
    revision: number;
    source_revision: number;
    person: string;
    at: string;
    stale: boolean;
    signed_by: string | null;
  }[] = [];

  // ---- the commands -------------------------------------------------------------------------------
  const commands: Record<string, (a: Record<string, unknown>) => unknown> = {
    app_ready: () => null,
    app_info: () => ({
      dbPath: '(demo, in memory)',
      version: '0.0.0 (browser preview)',
      user: prefs.user,
      company,
      uiLang: prefs.uiLang,
      readOnly: prefs.readOnly,
      today,
    }),
    locale_sources: (a) => {
      const l = langArg(a) ?? 'en';
      return { en: FTL.en, own: FTL[l] };
    },
    save_prefs: (a) => {
      prefs.user = str(a, 'user');
      if (isLang(a.uiLang)) prefs.uiLang = a.uiLang;
      prefs.readOnly = Boolean(a.readOnly);
    },
    set_company: (a) => {
      company = str(a, 'name');
    },
    // The browser preview has no keys: no identity, a handbook without people.
    whoami: () => null,
    people: () => [],
    sync_state: () => ({ remote: null, last_synced: null, waiting: 0, conflicts: [], read_only: null }),
    list_policies: (): PolicySummary[] =>
      [...policies.values()]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((p) => {
          const languages: PolicySummary['languages'] = {};
          for (const l of LANGS) {
            const r = newest(p.id, l);
            if (r) languages[l] = { revision: r.revision, status: r.status, title: r.title };
          }
          return {
            ...p,
            title: languages[p.source_lang]?.title ?? p.id,
            category_titles: {},
            languages,
          };
        }),
    in_force: (a) => {
      const id = str(a, 'id');
      const p = policy(id);
      const lang = langArg(a) ?? p.source_lang;
      const rs = revsOf(id, lang).filter((r) => r.status === 'approved');
      const r = rs[rs.length - 1];
      return r ? { ...toRevision(r), approved_on: r.approved_on, approved_by: r.approved_by } : null;
    },
    get_revision: (a) => {
      const id = str(a, 'id');
      const p = policy(id);
      const lang = langArg(a) ?? p.source_lang;
      const rs = revsOf(id, lang);
      if (!rs.length) fail('store.no_language', { id, lang });
      const rev = typeof a.rev === 'number' ? a.rev : undefined;
      const r = rev === undefined ? rs[rs.length - 1] : rs.find((x) => x.revision === rev);
      if (!r) return fail('store.no_revision', { id, lang, revision: rev ?? 0 });
      return toRevision(r);
    },
    history: (a) => {
      const id = str(a, 'id');
      policy(id);
      const lang = langArg(a);
      return revisions
        .filter((r) => r.policy_id === id && (!lang || r.lang === lang))
        .sort((x, y) => x.lang.localeCompare(y.lang) || x.revision - y.revision)
        .map(toInfo);
    },
    render_markdown: (a) => renderMarkdownMock(str(a, 'md')),
    add_image: () => {
      throw { code: 'image.not_a_picture', message: 'Pictures are stored by the app, not this preview.' };
    },
    create_policy: (a) => {
      needWrite();
      const id = str(a, 'id');
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id))
        fail('store.invalid', { reason: `“${id}” is not a usable policy id` });
      if (policies.has(id)) fail('store.exists', { id });
      policies.set(id, {
        id,
        category: str(a, 'category').trim() || 'General',
        owner: str(a, 'owner').trim(),
        review_every_months: Number(a.reviewEveryMonths) || 12,
        source_lang: langArg(a, 'sourceLang') ?? 'en',
        retired: false,
      });
    },
    save_revision: (a) => {
      needWrite();
      if (!prefs.user.trim()) fail('review.no_actor');
      const id = str(a, 'id');
      const p = policy(id);
      const lang = langArg(a) ?? p.source_lang;
      const prev = newest(id, lang);
      const body = str(a, 'body');
      const title = str(a, 'title').trim() || /^#\s+(.*)$/m.exec(body)?.[1] || id;
      if (prev && prev.body === body && prev.title === title) return prev.revision;
      const revision = (prev?.revision ?? 0) + 1;
      revisions.push({
        policy_id: id,
        lang,
        revision,
        title,
        body,
        author: prefs.user,
        created: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        summary: str(a, 'summary'),
        hash: '',
        source_revision:
          lang === p.source_lang
            ? null
            : typeof a.sourceRevision === 'number'
              ? a.sourceRevision
              : (newest(id, p.source_lang)?.revision ?? null),
        status: 'draft',
        approved_by: null,
        approved_on: null,
      });
      autosaves.delete(`${id}/${lang}`);
      return revision;
    },
    autosave: (a) => {
      autosaves.set(`${str(a, 'id')}/${str(a, 'lang')}`, {
        title: str(a, 'title'),
        body: str(a, 'body'),
        savedAt: new Date().toISOString(),
      });
    },
    autosaved: (a) => autosaves.get(`${str(a, 'id')}/${str(a, 'lang')}`) ?? null,
    discard_autosave: (a) => {
      autosaves.delete(`${str(a, 'id')}/${str(a, 'lang')}`);
    },
    diff: (a) => {
      const id = str(a, 'id');
      const lang = langArg(a) ?? policy(id).source_lang;
      const get = (n: unknown) =>
        revsOf(id, lang).find((r) => r.revision === n) ??
        fail('store.no_revision', { id, lang, revision: Number(n) });
      const o = get(a.from);
      const n = get(a.to);
      return { old: toRevision(o), new: toRevision(n), changes: diffWords(o.body, n.body) };
    },
    translations: () =>
      [...policies.values()].map((p) => ({
        id: p.id,
        source: p.source_lang,
        languages: Object.fromEntries(LANGS.map((l) => [l, translationState(p.id, l)])),
      })),
    translation_changes: (a) => {
      const id = str(a, 'id');
      const lang = langArg(a) ?? 'en';
      if (translationState(id, lang) !== 'stale') return null;
      const p = policy(id);
      const from = newest(id, lang)!.source_revision ?? 1;
      const src = revsOf(id, p.source_lang);
      const to = src[src.length - 1].revision;
      const old = src.find((r) => r.revision === from) ?? src[0];
      return { source: p.source_lang, from, to, changes: diffWords(old.body, src[src.length - 1].body) };
    },
    act: (a) => {
      needWrite();
      if (!prefs.user.trim()) fail('review.no_actor');
      const id = str(a, 'id');
      const p = policy(id);
      if (p.retired) fail('review.retired', { id });
      const lang = langArg(a) ?? p.source_lang;
      const r = newest(id, lang) ?? fail('store.no_language', { id, lang });
      const action = str(a, 'action');
      const need: Record<string, Status> = { submit: 'draft', approve: 'in_review', reject: 'in_review' };
      if (r.status !== need[action])
        fail('review.wrong_status', {
          id,
          lang,
          revision: r.revision,
          status: r.status,
          action,
          needed: need[action] ?? 'draft',
        });
      if (action === 'submit') r.status = 'in_review';
      else if (action === 'approve') {
        if (r.author === prefs.user) fail('review.own_revision', { who: r.author, revision: r.revision, id, lang });
        r.status = 'approved';
        r.approved_by = prefs.user;
        r.approved_on = today;
      } else if (action === 'reject') {
        if (!str(a, 'reason').trim()) fail('review.no_reason');
        r.status = 'draft';
      }
      return r.revision;
    },
    // Read and understood: every approved policy is for everyone; the reader is the preview's user.
    unread: (a) => {
      const want = langArg(a);
      const out = [];
      for (const p of policies.values()) {
        if (p.retired) continue;
        const src = revsOf(p.id, p.source_lang).filter((r) => r.status === 'approved');
        const inForce = src[src.length - 1];
        if (!inForce) continue;
        const mine = acks.filter((k) => k.id === p.id && k.person === prefs.user);
        if (mine.some((k) => k.source_revision >= inForce.revision)) continue;
        const lang = want && revsOf(p.id, want).some((r) => r.status === 'approved') ? want : p.source_lang;
        const rs = revsOf(p.id, lang).filter((r) => r.status === 'approved');
        const now = rs[rs.length - 1];
        const last = mine.filter((k) => k.lang === lang).map((k) => k.revision).pop() ?? null;
        const old = last === null ? undefined : revsOf(p.id, lang).find((r) => r.revision === last);
        out.push({
          id: p.id,
          title: now.title,
          lang,
          revision: now.revision,
          last_acknowledged: last,
          changes: old ? diffWords(old.body, now.body) : [{ tag: 'insert', text: now.body }],
          source_lang: p.source_lang,
          source_revision: inForce.revision,
          stale: lang !== p.source_lang && (now.source_revision ?? 0) < inForce.revision,
          due: addDays(inForce.approved_on ?? today, 14),
          overdue: addDays(inForce.approved_on ?? today, 14) < today,
        });
      }
      return { person: prefs.user, unread: out };
    },
    ack: (a) => {
      const id = str(a, 'id');
      const p = policy(id);
      const lang = langArg(a) ?? p.source_lang;
      const rs = revsOf(id, lang).filter((r) => r.status === 'approved');
      const now = rs[rs.length - 1] ?? fail('ack.nothing_approved', { id, lang });
      if (Number(a.revision) !== now.revision)
        fail('ack.not_in_force', { id, lang, revision: Number(a.revision), newest: now.revision });
      const src = revsOf(id, p.source_lang).filter((r) => r.status === 'approved');
      const k = {
        id,
        lang,
        revision: now.revision,
        source_revision: src[src.length - 1]?.revision ?? now.revision,
        person: prefs.user,
        at: `${today}T12:00:00Z`,
        stale: false,
        signed_by: null,
      };
      acks.push(k);
      return { ...k, already: false };
    },
    acks_report: () => ({
      as_of: today,
      due_days: 14,
      acks: acks.map((k) => ({ ...k })),
      overdue: [],
      policies: [...policies.values()]
        .filter((p) => !p.retired && revsOf(p.id, p.source_lang).some((r) => r.status === 'approved'))
        .map((p) => {
          const src = revsOf(p.id, p.source_lang).filter((r) => r.status === 'approved');
          const r = src[src.length - 1];
          const done = new Set(acks.filter((k) => k.id === p.id).map((k) => k.person)).size;
          return {
            id: p.id,
            title: r.title,
            lang: p.source_lang,
            revision: r.revision,
            required: r.revision,
            approved_on: r.approved_on ?? today,
            audience: [],
            readers: Math.max(done, 1),
            acknowledged: done,
            pending: Math.max(1 - done, 0),
            overdue: 0,
          };
        }),
    }),
    export_acks: () => null,
    set_ack_due_days: () => null,
    install_demo: () => 0,
    audience: () => [],
    set_audience: (a) => (Array.isArray(a.groups) ? a.groups : []),
    readers: () => [],
    set_reader_groups: (a) => ({ name: str(a, 'name'), groups: Array.isArray(a.groups) ? a.groups : [], since: today }),
    due: (a) => {
      const within = Number(a.withinDays) || 0;
      const limit = addDays(today, within);
      const out: DueItem[] = [];
      for (const p of policies.values()) {
        if (p.retired) continue;
        for (const l of LANGS) {
          const approved = revsOf(p.id, l).filter((r) => r.status === 'approved' && r.approved_on);
          const last = approved[approved.length - 1];
          if (!last) continue;
          const dueOn = addMonths(last.approved_on!, p.review_every_months);
          if (dueOn <= limit)
            out.push({
              id: p.id,
              lang: l,
              title: last.title,
              owner: p.owner,
              due: dueOn,
              overdue: dueOn < today,
              revision: last.revision,
            });
        }
      }
      return out.sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.due.localeCompare(y.due));
    },
    export_ics: async () => {
      await sleep(150);
    },
    search: (a) => {
      const text = str(a, 'text').trim();
      const words = text.toLocaleLowerCase().split(/[\s\p{P}]+/u).filter(Boolean);
      if (!words.length) fail('search.empty_query');
      if (text.length > 1000) fail('search.too_long', { length: text.length });
      const lang = langArg(a);
      const cats = Array.isArray(a.categories) ? (a.categories as string[]) : null;
      const limit = typeof a.limit === 'number' ? a.limit : 20;
      const hits: SearchHit[] = [];
      for (const p of policies.values()) {
        if (cats && cats.length && !cats.includes(p.category)) continue;
        for (const l of LANGS) {
          if (lang && l !== lang) continue;
          const r = newest(p.id, l);
          if (!r) continue;
          if (typeof a.status === 'string' && r.status !== a.status) continue;
          const hay = `${r.title}\n${r.body}`.toLocaleLowerCase();
          if (!words.every((w) => hay.includes(w))) continue;
          const score = words.reduce((s, w) => s + hay.split(w).length - 1, 0);
          const plain = r.body.replace(/[#*_~>|`-]+/g, ' ').replace(/\s+/g, ' ');
          const at = Math.max(0, plain.toLocaleLowerCase().indexOf(words[0]) - 60);
          let snippet = escapeHtml(plain.slice(at, at + 180));
          for (const w of words) {
            const re = new RegExp(escapeHtml(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
            snippet = snippet.replace(re, (s) => `<b>${s}</b>`);
          }
          hits.push({
            id: p.id,
            lang: l,
            title: r.title,
            score,
            snippet: (at > 0 ? '…' : '') + snippet + '…',
            revision: r.revision,
            status: r.status,
            category: p.category,
          });
        }
      }
      return hits.sort((x, y) => y.score - x.score).slice(0, limit);
    },
    export_handbook: async (a) => {
      const lang = langArg(a) ?? 'en';
      const cats = Array.isArray(a.categories) ? (a.categories as string[]) : [];
      const chosen = [...policies.values()].filter(
        (p) =>
          !p.retired &&
          (!cats.length || cats.includes(p.category)) &&
          revsOf(p.id, p.source_lang).some((r) => r.status === 'approved') &&
          (a.missing !== 'skip' || revsOf(p.id, lang).some((r) => r.status === 'approved')),
      );
      if (!chosen.length) fail('export.nothing_approved');
      for (let i = 1; i <= chosen.length; i++) {
        await sleep(180);
        emit('export-progress', { done: i, total: chosen.length });
      }
      return { count: chosen.length };
    },
    export_redline: async () => {
      await sleep(200);
    },
  };

  return {
    async invoke(cmd, args = {}) {
      const f = commands[cmd];
      if (!f) throw `command ${cmd} not found`;
      await sleep(15);
      return structuredClone(await f(args instanceof Uint8Array ? {} : args));
    },
    async listen<T>(event: string, handler: (payload: T) => void): Promise<Unlisten> {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const h = handler as (p: unknown) => void;
      set.add(h);
      return () => set.delete(h);
    },
    async saveDialog(o) {
      await sleep(10);
      const name = o.defaultPath ?? `policybook.${o.extensions[0] ?? 'out'}`;
      return { handle: 'save-1', shown: `/home/demo/Documents/${name}` };
    },
  };
}
