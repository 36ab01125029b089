//! The employee handbook: every current approved policy of one language in one Word document,
//! with a title page, a table of contents, one chapter per category and page numbers.

use super::docx::{DocBuilder, TitleLine};
use super::ExportError;
use crate::i18n::{Arg, Messages};
use crate::lang::Lang;
use crate::store::{Read, RevisionInfo, StoreError};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// What to do with a policy that has no approved text in the requested language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Missing {
    /// Print the source-language text with a "translation pending" note.
    #[default]
    Source,
    /// Leave the policy out.
    Skip,
}

/// How to export.
#[derive(Debug, Clone, Default)]
pub struct HandbookOptions {
    /// The language.
    pub lang: Option<Lang>,
    /// The handbook's title (default: the localised "Employee Handbook").
    pub title: Option<String>,
    /// Only these categories (any case); all when empty.
    pub categories: Vec<String>,
    /// Policies without approved text in the language.
    pub missing: Missing,
    /// Leaves the fonts out of the document (by default it embeds the fonts its text uses, see
    /// [`super::fonts`]).
    pub without_fonts: bool,
    /// The handbook as it stood on this day: the text in force then (approved on or before it),
    /// without the policies retired by then. `None`: as it is now.
    pub as_of: Option<NaiveDate>,
}

/// One policy as it goes into the handbook.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The policy id.
    pub id: String,
    /// The category (chapter).
    pub category: String,
    /// The revision printed.
    pub info: RevisionInfo,
    /// Set when the text is the source language's, the translation pending.
    pub pending_from: Option<Lang>,
}

/// Chooses what goes into the handbook: the newest approved revision of each policy that is not
/// retired, in the language, or (per `missing`) in its source language.
pub fn entries(
    store: &impl Read,
    lang: Lang,
    opts: &HandbookOptions,
) -> Result<Vec<Entry>, StoreError> {
    let current: HashMap<(String, Lang), RevisionInfo> = match opts.as_of {
        None => store
            .current_infos()?
            .into_iter()
            .map(|i| ((i.policy_id.clone(), i.lang), i))
            .collect(),
        Some(day) => {
            let mut m: HashMap<(String, Lang), RevisionInfo> = HashMap::new();
            for p in store.policies()? {
                for i in store.history(&p.id, None)? {
                    if i.status != crate::Status::Approved
                        || i.approved_on.is_none_or(|on| on > day)
                    {
                        continue;
                    }
                    let key = (i.policy_id.clone(), i.lang);
                    if m.get(&key).is_none_or(|have| have.revision < i.revision) {
                        m.insert(key, i);
                    }
                }
            }
            m
        }
    };
    let retired_by = |p: &crate::Policy| match (&p.retired, opts.as_of) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(r), Some(day)) => {
            r.get(..10).unwrap_or(r) <= day.format("%Y-%m-%d").to_string().as_str()
        }
    };
    let wanted: Vec<String> = opts
        .categories
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    let mut out = Vec::new();
    for p in store.policies()? {
        if retired_by(&p) || (!wanted.is_empty() && !wanted.contains(&p.category.to_lowercase())) {
            continue;
        }
        if let Some(info) = current.get(&(p.id.clone(), lang)) {
            out.push(Entry {
                id: p.id.clone(),
                category: p.category.clone(),
                info: info.clone(),
                pending_from: None,
            });
        } else if opts.missing == Missing::Source {
            if let Some(info) = current.get(&(p.id.clone(), p.source_lang)) {
                out.push(Entry {
                    id: p.id.clone(),
                    category: p.category.clone(),
                    info: info.clone(),
                    pending_from: Some(p.source_lang),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (
            a.category.to_lowercase(),
            a.info.title.to_lowercase(),
            &a.id,
        )
            .cmp(&(
                b.category.to_lowercase(),
                b.info.title.to_lowercase(),
                &b.id,
            ))
    });
    Ok(out)
}

/// Drops a first-level heading that opens the body when it repeats the policy's title (the
/// handbook prints the title itself).
fn without_title_heading<'a>(body: &'a str, title: &str) -> &'a str {
    use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
    let mut iter = Parser::new_ext(body, crate::markdown::options()).into_offset_iter();
    let Some((
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            ..
        }),
        range,
    )) = iter.next()
    else {
        return body;
    };
    let mut text = String::new();
    for (e, _) in iter.by_ref() {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::End(TagEnd::Heading(_)) => break,
            _ => {}
        }
    }
    if text.trim() == title.trim() {
        &body[range.end.min(body.len())..]
    } else {
        body
    }
}

/// Builds the handbook; `progress(done, total)` is called after each policy.
pub fn build(
    store: &impl Read,
    opts: &HandbookOptions,
    company: &str,
    today: NaiveDate,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(Vec<u8>, usize), crate::Error> {
    let lang = opts.lang.unwrap_or(Lang::En);
    let list = entries(store, lang, opts)?;
    if list.is_empty() {
        let scope = if opts.categories.is_empty() {
            String::new()
        } else {
            format!(" in {}", opts.categories.join(", "))
        };
        return Err(ExportError::NothingApproved(scope).into());
    }
    let m = Messages::new(lang);
    let title = opts
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| m.text("handbook-default-title"));
    let mut doc = DocBuilder::new(lang);
    doc.embed_fonts(!opts.without_fonts);
    let chapter_titles = crate::category::Titles::load(store)?;
    let language = m.get(
        "handbook-language",
        &[("language", Arg::Str(&m.language_name(lang)))],
    );
    let exported = match opts.as_of {
        Some(day) => m.get(
            "handbook-as-of",
            &[
                ("date", Arg::Str(&m.date(day))),
                ("exported", Arg::Str(&m.date(today))),
            ],
        ),
        None => m.get("handbook-exported", &[("date", Arg::Str(&m.date(today)))]),
    };
    let mut lines: Vec<(&str, TitleLine)> = Vec::new();
    if !company.trim().is_empty() {
        lines.push((company, TitleLine::Subtitle));
    }
    lines.push((&title, TitleLine::Title));
    lines.push((&language, TitleLine::Plain));
    lines.push((&exported, TitleLine::Plain));
    doc.title_page(&lines);
    doc.toc(&m.text("handbook-contents"));

    let total = list.len();
    let mut chapters: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for e in &list {
        let key = e.category.to_lowercase();
        if !chapters.contains_key(&key) {
            order.push(key.clone());
        }
        chapters.entry(key).or_default().push(e);
    }
    let mut done = 0;
    for key in order {
        let items = &chapters[&key];
        // The chapter in the reader's language, else its source name in its own direction.
        let chapter = chapter_titles.title(&items[0].category, lang);
        doc.in_lang(chapter.lang, |d| d.heading(1, &chapter.title, None));
        for e in items {
            let rev = store.revision(&e.id, e.info.lang, Some(e.info.revision))?;
            if crate::store::sha256_hex(&rev.body) != rev.hash {
                return Err(ExportError::Tampered {
                    id: e.id.clone(),
                    lang: rev.lang,
                    revision: rev.revision,
                }
                .into());
            }
            doc.images(crate::images::load(store, &[&rev.body])?);
            let bookmark = format!("policy-{}", e.id);
            doc.in_lang(rev.lang, |d| d.heading(2, &rev.title, Some(&bookmark)));
            let date = e.info.approved_on.map(|d| m.date(d)).unwrap_or_default();
            let approver = e.info.approved_by.clone().unwrap_or_default();
            let revision = m.number(e.info.revision as i64);
            doc.meta_line(&m.get(
                "handbook-policy-meta",
                &[
                    ("date", Arg::Str(&date)),
                    ("revision", Arg::Str(&revision)),
                    ("approver", Arg::Str(&approver)),
                ],
            ));
            if let Some(src) = e.pending_from {
                doc.note(&m.get(
                    "handbook-translation-pending",
                    &[("language", Arg::Str(&m.language_name(src)))],
                ));
            }
            doc.markdown_in(rev.lang, without_title_heading(&rev.body, &rev.title), 2);
            done += 1;
            progress(done, total);
        }
    }
    footer_and_properties(&mut doc, &m, &title, company);
    Ok((doc.finish()?, total))
}

/// The end of a document Policybook writes: "Page {page} of {pages}" in the footer (Word fills
/// the two fields; the words around them are the locale's), and the title and the company (else
/// Policybook) as its properties.
pub(crate) fn footer_and_properties(
    doc: &mut DocBuilder,
    m: &Messages,
    title: &str,
    company: &str,
) {
    let page = m.get(
        "handbook-page",
        &[
            ("page", Arg::Str("\u{E000}")),
            ("pages", Arg::Str("\u{E001}")),
        ],
    );
    let (before, rest) = page.split_once('\u{E000}').unwrap_or(("", &page));
    let (between, after) = rest.split_once('\u{E001}').unwrap_or((rest, ""));
    doc.footer_page_numbers(before, between, after);
    let author = if company.trim().is_empty() {
        "Policybook"
    } else {
        company
    };
    doc.properties(title, author);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_title_heading_is_dropped() {
        assert_eq!(
            without_title_heading("# Refunds\n\nBody.\n", "Refunds"),
            "\nBody.\n"
        );
        assert_eq!(
            without_title_heading("# Other\n\nBody.\n", "Refunds"),
            "# Other\n\nBody.\n"
        );
        assert_eq!(
            without_title_heading("Body first.\n", "Refunds"),
            "Body first.\n"
        );
    }
}
