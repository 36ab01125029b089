//! Human-readable output. Every line goes through [`line`], which escapes control characters (a
//! name, title, summary or reason never reaches a terminal raw) and turns a closed pipe into the
//! quiet end of the command.

use crate::{msg, say, Failure};
use policybook_core::import::ImportReport;
use policybook_core::review::Due;
use policybook_core::search::Hit;
use policybook_core::store::audit::Record;
use policybook_core::{PolicySummary, RevisionInfo};
use std::borrow::Cow;
use std::io::Write;

/// `s` with its control characters written as escapes (`\u{1b}`, `\n`, `\t`).
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// `s` escaped as [`escape`] does, except for the pieces in `keep` (a tab, or the terminal's own
/// bold marks put in by the caller).
fn escape_keeping(s: &str, keep: &[&str]) -> String {
    let keep: Vec<&str> = keep.iter().copied().filter(|k| !k.is_empty()).collect();
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    'outer: while let Some(c) = rest.chars().next() {
        for k in &keep {
            if let Some(after) = rest.strip_prefix(k) {
                out.push_str(k);
                rest = after;
                continue 'outer;
            }
        }
        out.push_str(&escape(&c.to_string()));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Writes one line to standard output, its control characters escaped.
pub fn line(text: &str) -> std::io::Result<()> {
    raw_line(&escape(text))
}

/// Writes one line to standard output as it is (JSON, or a line whose parts were escaped).
pub fn raw_line(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")
}

/// Writes `policybook: MESSAGE` to standard error, escaped; a closed standard error is ignored.
pub fn error_line(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "policybook: {}", escape(message));
}

/// Shows progress on a terminal's standard error, on one line rewritten in place.
pub fn progress(text: &str) {
    let _ = write!(std::io::stderr().lock(), "\r{}", escape(text));
}

/// Clears the progress line.
pub fn progress_done() {
    let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
}

pub fn import(r: &ImportReport) -> Result<(), Failure> {
    let m = msg();
    for i in &r.imported {
        let args = [
            ("id", (&i.id).into()),
            ("lang", i.lang.code().into()),
            ("revision", i.revision.into()),
        ];
        say!("{}", m.get("cli-imported", &args));
    }
    for u in &r.unchanged {
        say!(
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
    say!("{}", m.get("cli-import-summary", &args));
    Ok(())
}

pub fn list(list: &[PolicySummary]) -> Result<(), Failure> {
    if list.is_empty() {
        say!("{}", msg().text("cli-empty"));
        return Ok(());
    }
    let width = list.iter().map(|p| p.id.chars().count()).max().unwrap_or(0);
    let mut category = None;
    for p in list {
        if category != Some(&p.category) {
            if category.is_some() {
                say!("");
            }
            say!("{}", p.category);
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
        say!(
            "  {:width$}  {}{}  ({})",
            p.id,
            p.title,
            retired,
            langs.join(", ")
        );
    }
    Ok(())
}

pub fn history(revs: &[RevisionInfo]) -> Result<(), Failure> {
    for r in revs {
        let approved = match (&r.approved_by, r.approved_on) {
            (Some(by), Some(on)) => format!(
                " {}",
                msg().get(
                    "cli-approved-by",
                    &[("who", by.into()), ("date", (&msg().date(on)).into())]
                )
            ),
            _ => String::new(),
        };
        say!(
            "{} r{}  {}  {}  {}{}  {}",
            r.lang,
            r.revision,
            r.created,
            r.author,
            status(r.status),
            approved,
            r.summary
        );
    }
    Ok(())
}

/// A workflow status in the user's language.
fn status(s: policybook_core::Status) -> String {
    msg().text(&format!("status-{}", s.as_str()))
}

pub fn due(items: &[Due]) -> Result<(), Failure> {
    let m = msg();
    if items.is_empty() {
        say!("{}", m.text("cli-no-due"));
    }
    for d in items {
        let flag = m.text(if d.overdue { "cli-overdue" } else { "cli-due" });
        let owner = m.get("cli-owner", &[("owner", (&d.owner).into())]);
        say!(
            "{}  {flag:7}  {} ({})  {}  {owner}",
            d.due,
            d.id,
            d.lang,
            d.title
        );
    }
    Ok(())
}

pub fn log(entries: &[Record]) -> Result<(), Failure> {
    for e in entries {
        let target = match (&e.policy_id, &e.lang, e.revision) {
            (Some(p), Some(l), Some(r)) => format!("{p} ({l}) r{r}"),
            (Some(p), _, _) => p.clone(),
            _ => String::new(),
        };
        say!(
            "{:>5}  {}  {:8}  {}  {}",
            e.seq,
            e.at,
            e.action,
            e.actor,
            target
        );
    }
    Ok(())
}

/// Search hits; the snippet's <b> marks become bold on a terminal.
pub fn hits(hits: &[Hit]) -> Result<(), Failure> {
    use std::io::IsTerminal;
    if hits.is_empty() {
        say!("{}", msg().text("cli-no-hits"));
        return Ok(());
    }
    let tty = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let (on, off) = if tty {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    for h in hits {
        raw_line(&format!(
            "{on}{}{off}  {} ({}, r{})",
            escape(&h.title),
            escape(&h.id),
            h.lang,
            h.revision
        ))?;
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
        let words: Vec<String> = snippet
            .split_whitespace()
            .map(|w| escape_keeping(w, &[on, off]))
            .collect();
        raw_line(&format!("    {}", words.join(" ")))?;
    }
    Ok(())
}

/// A unified diff, coloured on a terminal and plain when piped.
pub fn unified(d: &policybook_core::RevisionDiff) -> Result<(), Failure> {
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
        let text = escape_keeping(&line.text, &["\t"]);
        if tty && !colour.is_empty() {
            raw_line(&format!("{colour}{text}\x1b[0m"))?;
        } else {
            raw_line(&text)?;
        }
    }
    Ok(())
}

pub fn translations(
    all: &[policybook_core::translation::PolicyTranslations],
) -> Result<(), Failure> {
    if all.is_empty() {
        say!("{}", msg().text("cli-no-translations"));
    }
    let width = all.iter().map(|t| t.id.chars().count()).max().unwrap_or(0);
    for t in all {
        let langs: Vec<String> = t
            .languages
            .iter()
            .map(|(l, s)| format!("{l} {}", msg().text(&format!("translation-{}", s.as_str()))))
            .collect();
        say!("{:width$}  {}", t.id, langs.join(", "));
    }
    Ok(())
}
