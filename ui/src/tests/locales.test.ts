// The same checks as the Rust core's i18n tests, run here so that a UI message added to one locale
// only fails fast: every locale has exactly English's messages with the same variables, and Bengali
// and Urdu have no English words left.
import { describe, expect, it } from 'vitest';
import { parse, Message, Junk, type Pattern, type Expression, type InlineExpression } from '@fluent/syntax';
import en from '../../../locales/en-US/policybook.ftl?raw';
import bn from '../../../locales/bn-BD/policybook.ftl?raw';
import tl from '../../../locales/tl-PH/policybook.ftl?raw';
import ur from '../../../locales/ur-PK/policybook.ftl?raw';

const FILES = { 'en-US': en, 'bn-BD': bn, 'tl-PH': tl, 'ur-PK': ur };
// Latin words that may stand in any language (as in the Rust test).
const ALLOWED = ['policybook', 'Policybook', 'import', 'remote', 'clone', 'FOLDER', 'UTF', 'SQLite', 'PNG', 'JPEG', 'Word', 'docx', 'docm', 'accept', 'changes', 'OpenSSH', 'AAAA', 'identity', 'NAME', 'EMAIL', 'name', 'email', 'role', 'people', 'admin', 'manager', 'editor', 'staff', 'readers', 'groups', 'GROUP', 'GitLab', 'GitHub', 'Gitea'];

interface Info {
  vars: Set<string>;
  texts: string[];
}

function inventory(src: string): Map<string, Info> {
  const out = new Map<string, Info>();
  const res = parse(src, { withSpans: false });
  const junk = res.body.filter((e) => e instanceof Junk);
  expect(junk.map((j) => (j as Junk).content)).toEqual([]);
  const walkInline = (e: InlineExpression, info: Info) => {
    if (e.type === 'VariableReference') info.vars.add(e.id.name);
    else if (e.type === 'Placeable') walkExpr(e.expression, info);
    else if (e.type === 'FunctionReference') e.arguments.positional.forEach((a) => walkInline(a, info));
  };
  const walkExpr = (e: Expression, info: Info) => {
    if (e.type === 'SelectExpression') {
      walkInline(e.selector, info);
      e.variants.forEach((v) => walkPattern(v.value, info));
    } else walkInline(e, info);
  };
  const walkPattern = (p: Pattern, info: Info) => {
    for (const el of p.elements) {
      if (el.type === 'TextElement') info.texts.push(el.value);
      else walkExpr(el.expression, info);
    }
  };
  for (const entry of res.body) {
    if (!(entry instanceof Message)) continue;
    const info: Info = { vars: new Set(), texts: [] };
    if (entry.value) walkPattern(entry.value, info);
    out.set(entry.id.name, info);
  }
  return out;
}

const inv = Object.fromEntries(Object.entries(FILES).map(([k, v]) => [k, inventory(v)]));

describe('locale files', () => {
  it('English has the UI messages', () => {
    expect([...inv['en-US'].keys()].filter((k) => k.startsWith('ui-')).length).toBeGreaterThan(100);
  });

  for (const loc of ['bn-BD', 'tl-PH', 'ur-PK']) {
    it(`${loc} has exactly English's messages, with the same variables`, () => {
      const ours = inv[loc];
      const english = inv['en-US'];
      expect([...english.keys()].filter((k) => !ours.has(k))).toEqual([]);
      expect([...ours.keys()].filter((k) => !english.has(k))).toEqual([]);
      for (const [id, info] of english) {
        expect([...ours.get(id)!.vars].sort(), `${loc} ${id}`).toEqual([...info.vars].sort());
      }
    });
  }

  for (const loc of ['bn-BD', 'ur-PK']) {
    it(`${loc} has no English words left`, () => {
      for (const [id, info] of inv[loc]) {
        const text = info.texts.join(' ');
        const latin = text
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length > 3 && /^[A-Za-z]+$/.test(w) && !ALLOWED.includes(w));
        expect(latin, `${loc} ${id}: ${text}`).toEqual([]);
        const english = inv['en-US'].get(id)!.texts.join(' ');
        if (/\p{L}/u.test(english)) expect(text, `${loc} ${id} is English`).not.toBe(english);
      }
    });
  }
});
