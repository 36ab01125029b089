//! Human-readable output.

use crate::msg;
use policybook_core::import::{ImportReport, Preview};
use policybook_core::review::Due;
use policybook_core::search::Hit;
use policybook_core::store::audit::Record;
use policybook_core::{PolicySummary, RevisionInfo};

pub fn import(r: &ImportReport) {
    let m = msg();
    for i in &r.imported {
        let args = [
            ("id", (&i.id).into()),
            ("lang", i.lang.code().into()),
            ("revision", i.revision.into()),
        ];
        outln!("{}", m.get("cli-imported", &args));
    }
    for u in &r.unchanged {
        outln!(
            "{}",
            m.get(
                "cli-unchanged",
                &[("id", (&u.id).into()), ("lang", u.lang.code().into())]
            )
        );
    }
    let args = [
        ("new", r.imported.len().into()),
        ("unchanged", r.unchanged.len().into()),
    ];
    outln!("{}", m.get("cli-import-summary", &args));
}

pub fn preview(items: &[Preview]) {
    let m = msg();
    for p in items {
        let args = [
            ("id", (&p.id).into()),
            ("lang", p.lang.code().into()),
            ("title", (&p.title).into()),
            ("category", (&p.category).into()),
            ("chars", p.chars.into()),
        ];
        outln!("{}", m.get("cli-preview-policy", &args));
        if let Some(of) = &p.translation_of {
            outln!(
                "    = {}",
                m.get("cli-preview-translation", &[("id", of.into())])
            );
        }
        for w in &p.warnings {
            outln!("    ! {w}");
        }
    }
    outln!(
        "{}",
        m.get("cli-preview-summary", &[("count", items.len().into())])
    );
}

pub fn list(list: &[PolicySummary]) {
    if list.is_empty() {
        outln!("{}", msg().text("cli-empty"));
        return;
    }
    let width = list.iter().map(|p| p.id.chars().count()).max().unwrap_or(0);
    let mut category = None;
    for p in list {
        if category != Some(&p.category) {
            if category.is_some() {
                outln!();
            }
            outln!("{}", p.category);
            category = Some(&p.category);
        }
        let langs: Vec<String> = p
            .languages
            .iter()
            .map(|(l, s)| format!("{l} r{} {}", s.revision, status(s.status)))
            .collect();
        let retired = if p.retired {
            format!(" [{}]", msg().text("cli-retired-tag"))
        } else {
            String::new()
        };
        outln!(
            "  {:width$}  {}{}  ({})",
            p.id,
            p.title,
            retired,
            langs.join(", ")
        );
    }
}

pub fn history(revs: &[RevisionInfo]) {
    for r in revs {
        let approved = match (&r.approved_by, r.approved_on) {
            (Some(by), Some(on)) => format!(" by {by} on {on}"),
            _ => String::new(),
        };
        outln!(
            "{} r{}  {}  {} [{}]  {}{}  {}",
            r.lang,
            r.revision,
            r.created,
            r.author,
            signed(r.signed_by.as_deref()),
            status(r.status),
            approved,
            r.summary
        );
    }
}

/// Who signed an entry: the key's fingerprint, or "not signed".
fn signed(fingerprint: Option<&str>) -> String {
    match fingerprint {
        Some(f) => format!("signed {f}"),
        None => msg().text("cli-not-signed"),
    }
}

/// A workflow status in the user's language.
fn status(s: policybook_core::Status) -> String {
    msg().text(&format!("status-{}", s.as_str()))
}

pub fn due(items: &[Due]) {
    let m = msg();
    if items.is_empty() {
        outln!("{}", m.text("cli-no-due"));
    }
    for d in items {
        let flag = m.text(if d.overdue { "cli-overdue" } else { "cli-due" });
        let owner = m.get("cli-owner", &[("owner", (&d.owner).into())]);
        outln!(
            "{}  {flag:7}  {} ({})  {}  {owner}",
            d.due,
            d.id,
            d.lang,
            d.title
        );
    }
}

pub fn log(entries: &[Record]) {
    for e in entries {
        let target = match (&e.policy_id, &e.lang, e.revision) {
            (Some(p), Some(l), Some(r)) => format!("{p} ({l}) r{r}"),
            (Some(p), _, _) => p.clone(),
            _ => String::new(),
        };
        outln!(
            "{:>5}  {}  {:8}  {} [{}]  {}",
            e.seq,
            e.at,
            e.action,
            e.actor,
            signed(e.signed_by.as_deref()),
            target
        );
    }
}

/// Search hits; the snippet's <b> marks become bold on a terminal.
pub fn hits(hits: &[Hit]) {
    use std::io::IsTerminal;
    if hits.is_empty() {
        outln!("{}", msg().text("cli-no-hits"));
        return;
    }
    let tty = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let (on, off) = if tty {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    for h in hits {
        outln!(
            "{on}{}{off}  {} ({}, r{})",
            h.title,
            h.id,
            h.lang,
            h.revision
        );
        let snippet = h
            .snippet
            .replace("<b>", on)
            .replace("</b>", off)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        outln!(
            "    {}",
            snippet.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }
}

/// A unified diff, coloured on a terminal and plain when piped.
pub fn unified(d: &policybook_core::RevisionDiff) {
    use policybook_core::diff::{unified, LineKind};
    use std::io::IsTerminal;
    let tty = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let old = format!(
        "{} ({}) revision {}",
        d.old.policy_id, d.old.lang, d.old.revision
    );
    let new = format!(
        "{} ({}) revision {}",
        d.new.policy_id, d.new.lang, d.new.revision
    );
    for line in unified(&d.old.body, &d.new.body, &old, &new, 3) {
        let colour = match line.kind {
            LineKind::Header => "\x1b[1m",
            LineKind::Hunk => "\x1b[36m",
            LineKind::Delete => "\x1b[31m",
            LineKind::Insert => "\x1b[32m",
            LineKind::Context => "",
        };
        if tty && !colour.is_empty() {
            outln!("{colour}{}\x1b[0m", line.text);
        } else {
            outln!("{}", line.text);
        }
    }
}

pub fn translations(all: &[policybook_core::translation::PolicyTranslations]) {
    if all.is_empty() {
        outln!("{}", msg().text("cli-no-translations"));
    }
    let width = all.iter().map(|t| t.id.chars().count()).max().unwrap_or(0);
    for t in all {
        let langs: Vec<String> = t
            .languages
            .iter()
            .map(|(l, s)| {
                let s = serde_json::to_value(s)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                format!("{l} {}", msg().text(&format!("translation-{s}")))
            })
            .collect();
        outln!("{:width$}  {}", t.id, langs.join(", "));
    }
}

/// A category's name per language: `bn  name`, and "(missing)" where the source name stands in.
pub fn category_titles(
    titles: &std::collections::BTreeMap<
        policybook_core::Lang,
        policybook_core::category::CategoryTitle,
    >,
) {
    let missing = msg().text("translation-missing");
    for (l, t) in titles {
        // A name is one line of text: no control characters reach the terminal.
        let title: String = t.title.chars().filter(|c| !c.is_control()).collect();
        if t.missing {
            outln!("{l}  {title}  ({missing})");
        } else {
            outln!("{l}  {title}");
        }
    }
}

pub fn sync(r: &policybook_core::sync::SyncReport) {
    let m = msg();
    outln!(
        "{}",
        m.get(
            "cli-synced",
            &[
                ("remote", (&r.remote).into()),
                ("pulled", r.pulled.into()),
                ("pushed", r.pushed.into()),
                ("waiting", r.waiting.into()),
            ]
        )
    );
    if let Some(why) = &r.read_only {
        outln!("{}", m.get("cli-read-only", &[("reason", why.into())]));
    }
    if r.acks_pulled + r.acks_pushed > 0 {
        outln!(
            "{}",
            m.get(
                "cli-synced-acks",
                &[
                    ("pulled", r.acks_pulled.into()),
                    ("pushed", r.acks_pushed.into())
                ]
            )
        );
    }
    if let Some(why) = &r.acks_read_only {
        outln!("{}", m.get("cli-read-only", &[("reason", why.into())]));
    }
    for f in r.refused.iter().chain(&r.acks_refused) {
        outln!(
            "{}",
            m.get(
                "cli-refused",
                &[
                    ("action", (&f.action).into()),
                    ("by", (&f.by).into()),
                    ("reason", (&f.reason).into())
                ]
            )
        );
    }
    conflicts(&r.conflicts);
}

pub fn conflicts(list: &[policybook_core::sync::Conflict]) {
    let m = msg();
    for c in list {
        let args = [
            ("id", (&c.id).into()),
            ("lang", c.lang.code().into()),
            ("base", c.base.into()),
            ("theirs", c.theirs.into()),
            ("ours", c.ours.into()),
        ];
        outln!("{}", m.get("cli-conflict", &args));
    }
}

pub fn whoami(me: &policybook_core::WhoAmI) {
    outln!("{} <{}>", me.name, me.email);
    outln!("{}", me.key);
    outln!("{}", me.fingerprint);
    match (me.signed, me.role) {
        (_, Some(role)) => outln!("role: {role}"),
        (true, None) => outln!("role: none (not in this handbook's people list)"),
        (false, None) => outln!("role: none (this handbook is not signed)"),
    }
    outln!("key file: {}", me.path);
}

pub fn people(list: &[policybook_core::people::Person]) {
    if list.is_empty() {
        outln!("This handbook has no people: it is not signed.");
        return;
    }
    for p in list {
        let removed = p
            .removed_from
            .map(|d| format!("  (removed from {d})"))
            .unwrap_or_default();
        outln!(
            "{:<24} {:<28} {:<8} {}{removed}",
            p.name,
            p.email,
            p.role,
            p.fingerprint
        );
    }
}

pub fn unread(who: &str, list: &[policybook_core::acks::Unread]) {
    let m = msg();
    if list.is_empty() {
        outln!("{}", m.get("cli-unread-none", &[("who", who.into())]));
        return;
    }
    outln!(
        "{}",
        m.get(
            "cli-unread-count",
            &[("who", who.into()), ("count", list.len().into())]
        )
    );
    for u in list {
        let due = u.due.to_string();
        let args = [
            ("id", (&u.id).into()),
            ("lang", u.lang.code().into()),
            ("revision", u.revision.into()),
            ("title", (&u.title).into()),
            ("date", (&due).into()),
        ];
        let key = if u.overdue {
            "cli-unread-overdue"
        } else {
            "cli-unread-item"
        };
        outln!("{}", m.get(key, &args));
        match u.last_acknowledged {
            Some(n) => outln!(
                "    {}",
                m.get("cli-unread-since", &[("revision", n.into())])
            ),
            None => outln!("    {}", m.text("cli-unread-never")),
        }
        if u.stale {
            outln!(
                "    {}",
                m.get(
                    "cli-unread-stale",
                    &[
                        ("source", u.source_lang.code().into()),
                        ("revision", u.source_revision.into())
                    ]
                )
            );
        }
    }
}

pub fn acked(a: &policybook_core::Acknowledged) {
    let key = if a.already {
        "cli-acked-already"
    } else {
        "cli-acked"
    };
    outln!(
        "{}",
        msg().get(
            key,
            &[
                ("id", (&a.id).into()),
                ("lang", a.lang.code().into()),
                ("revision", a.revision.into()),
                ("who", (&a.person).into()),
            ]
        )
    );
}

pub fn acks(r: &policybook_core::acks::Report) {
    let m = msg();
    let as_of = r.as_of.to_string();
    outln!("{}", m.get("cli-acks-as-of", &[("date", (&as_of).into())]));
    for p in &r.policies {
        let on = p.approved_on.to_string();
        outln!(
            "{}",
            m.get(
                "cli-acks-policy",
                &[
                    ("id", (&p.id).into()),
                    ("lang", p.lang.code().into()),
                    ("revision", p.revision.into()),
                    ("date", (&on).into()),
                    ("readers", p.readers.into()),
                    ("done", p.acknowledged.into()),
                    ("pending", p.pending.into()),
                    ("overdue", p.overdue.into()),
                ]
            )
        );
    }
    for a in &r.acks {
        let stale = if a.stale { " *" } else { "" };
        outln!(
            "  {}\t{} ({}) {}\t{}\t{}{stale}",
            a.at,
            a.id,
            a.lang,
            a.revision,
            a.person,
            a.source_revision
        );
    }
    for o in &r.overdue {
        outln!(
            "  {}\t{} ({}) {}\t{}\t{}",
            m.text("cli-overdue"),
            o.id,
            o.lang,
            o.revision,
            o.person,
            o.due
        );
    }
}

pub fn readers(list: &[policybook_core::acks::Reader]) {
    if list.is_empty() {
        outln!("{}", msg().text("cli-readers-none"));
        return;
    }
    for r in list {
        outln!("{}\t{}", r.name, r.groups.join(", "));
    }
}

/// Text for a terminal: control characters (C0, DEL, C1: escape sequences, bells, a carriage
/// return that would overwrite the line) shown escaped; line breaks and tabs kept.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Writes one line of text output (see `outln!`).
pub fn line(s: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{}", terminal_safe(s));
}
