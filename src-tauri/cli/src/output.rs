//! Human-readable output.

use policybook_core::import::ImportReport;
use policybook_core::review::Due;
use policybook_core::search::Hit;
use policybook_core::store::audit::Record;
use policybook_core::{PolicySummary, RevisionInfo};

pub fn import(r: &ImportReport) {
    for i in &r.imported {
        println!("imported  {} ({}) revision {}", i.id, i.lang, i.revision);
    }
    for u in &r.unchanged {
        println!("unchanged {} ({})", u.id, u.lang);
    }
    println!(
        "{} new revision(s), {} unchanged.",
        r.imported.len(),
        r.unchanged.len()
    );
}

pub fn list(list: &[PolicySummary]) {
    if list.is_empty() {
        println!("The handbook is empty. Import policies with `policybook import FOLDER`.");
        return;
    }
    let width = list.iter().map(|p| p.id.chars().count()).max().unwrap_or(0);
    let mut category = None;
    for p in list {
        if category != Some(&p.category) {
            if category.is_some() {
                println!();
            }
            println!("{}", p.category);
            category = Some(&p.category);
        }
        let langs: Vec<String> = p
            .languages
            .iter()
            .map(|(l, s)| format!("{l} r{} {}", s.revision, s.status.as_str()))
            .collect();
        let retired = if p.retired { " [retired]" } else { "" };
        println!(
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
        println!(
            "{} r{}  {}  {}  {}{}  {}",
            r.lang,
            r.revision,
            r.created,
            r.author,
            r.status.as_str(),
            approved,
            r.summary
        );
    }
}

pub fn due(items: &[Due]) {
    if items.is_empty() {
        println!("No reviews due.");
    }
    for d in items {
        let flag = if d.overdue { "OVERDUE" } else { "due" };
        println!(
            "{}  {:7}  {} ({})  {}  owner: {}",
            d.due, flag, d.id, d.lang, d.title, d.owner
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
        println!(
            "{:>5}  {}  {:8}  {}  {}",
            e.seq, e.at, e.action, e.actor, target
        );
    }
}

/// Search hits; the snippet's <b> marks become bold on a terminal.
pub fn hits(hits: &[Hit]) {
    use std::io::IsTerminal;
    if hits.is_empty() {
        println!("No policies match.");
        return;
    }
    let tty = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let (on, off) = if tty {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    for h in hits {
        println!(
            "{on}{}{off}  {} ({}, r{})",
            h.title, h.id, h.lang, h.revision
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
        println!(
            "    {}",
            snippet.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }
}
