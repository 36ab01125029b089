//! The four handbook languages.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language a policy body can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Bengali (Bangla).
    Bn,
    /// Tagalog (Filipino).
    Tl,
    /// Urdu, written right to left.
    Ur,
}

impl Lang {
    /// Every language, in the order the handbook lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Bn, Lang::Tl, Lang::Ur];

    /// The two-letter code stored in the database (`en`, `bn`, `tl`, `ur`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Bn => "bn",
            Lang::Tl => "tl",
            Lang::Ur => "ur",
        }
    }

    /// The Fluent locale whose messages this language uses.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Bn => "bn-BD",
            Lang::Tl => "tl-PH",
            Lang::Ur => "ur-PK",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ur
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code that is not one of the four.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}` (expected en, bn, tl or ur)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts the codes and the locales, any case: `bn`, `BN`, `bn-BD`, `ur_PK`, `fil`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Ok(Lang::En),
            "bn" => Ok(Lang::Bn),
            "tl" | "fil" => Ok(Lang::Tl),
            "ur" => Ok(Lang::Ur),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!("bn".parse::<Lang>(), Ok(Lang::Bn));
        assert_eq!("ur-PK".parse::<Lang>(), Ok(Lang::Ur));
        assert_eq!("fil".parse::<Lang>(), Ok(Lang::Tl));
        assert!("de".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
    }
}
