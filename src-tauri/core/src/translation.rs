//! Keeping the four languages in step: which translations are current, stale or missing.

use crate::lang::Lang;
use crate::store::{Read, StoreError};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Where one language of a policy stands against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// The policy's source language.
    Source,
    /// Translates the newest approved source revision (or a newer one).
    Current,
    /// The source has a newer approved revision than the one this language's newest revision translates.
    Stale,
    /// No text in this language yet.
    Missing,
}

/// The translation status of one policy in every language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PolicyTranslations {
    /// The policy.
    pub id: String,
    /// Its source language.
    pub source: Lang,
    /// Per language.
    pub languages: BTreeMap<Lang, TranslationStatus>,
}

/// What a stale translation has missed: the source revisions to compare.
#[derive(Debug, Clone, Serialize)]
pub struct Staleness {
    /// The source language.
    pub source: Lang,
    /// The source revision the translation translates (None: not recorded).
    pub translated: Option<u32>,
    /// The newest approved source revision.
    pub current: u32,
}

fn newest_approved(store: &impl Read) -> Result<HashMap<(String, Lang), u32>, StoreError> {
    Ok(store
        .current_infos()?
        .into_iter()
        .map(|i| ((i.policy_id, i.lang), i.revision))
        .collect())
}

/// The status of every language of every policy that is not retired.
pub fn statuses(store: &impl Read) -> Result<Vec<PolicyTranslations>, StoreError> {
    let approved = newest_approved(store)?;
    let mut newest: HashMap<(String, Lang), Option<u32>> = HashMap::new();
    for info in store.newest_infos()? {
        newest.insert((info.policy_id, info.lang), info.source_revision);
    }
    let mut out = Vec::new();
    for p in store.policies()? {
        if p.retired.is_some() {
            continue;
        }
        let source_approved = approved.get(&(p.id.clone(), p.source_lang)).copied();
        let languages = Lang::ALL
            .iter()
            .map(|&l| {
                let status = if l == p.source_lang {
                    TranslationStatus::Source
                } else {
                    match newest.get(&(p.id.clone(), l)) {
                        None => TranslationStatus::Missing,
                        Some(translated) => status_of(*translated, source_approved),
                    }
                };
                (l, status)
            })
            .collect();
        out.push(PolicyTranslations {
            id: p.id,
            source: p.source_lang,
            languages,
        });
    }
    Ok(out)
}

fn status_of(translated: Option<u32>, source_approved: Option<u32>) -> TranslationStatus {
    match (translated, source_approved) {
        (_, None) => TranslationStatus::Current,
        (Some(t), Some(a)) if t >= a => TranslationStatus::Current,
        _ => TranslationStatus::Stale,
    }
}

/// For a stale translation, the source revisions between which the source changed; None when
/// the translation is not stale.
pub fn staleness(store: &impl Read, id: &str, lang: Lang) -> Result<Option<Staleness>, StoreError> {
    let p = store.policy(id)?;
    if lang == p.source_lang {
        return Ok(None);
    }
    let newest = store.newest_number(id, lang)?;
    if newest == 0 {
        return Err(StoreError::NoLanguage {
            id: id.to_string(),
            lang,
        });
    }
    let translated = store.revision(id, lang, Some(newest))?.source_revision;
    let approved = newest_approved(store)?
        .get(&(id.to_string(), p.source_lang))
        .copied();
    Ok(match status_of(translated, approved) {
        TranslationStatus::Stale => Some(Staleness {
            source: p.source_lang,
            translated,
            current: approved.unwrap_or(0),
        }),
        _ => None,
    })
}
