//! Word-level diffs between two versions of a policy text.
//!
//! The diff runs in two passes:
//!
//! 1. a **line** diff (Myers, from the `similar` crate) finds the structure:
//!    which lines are unchanged, which were only deleted or only inserted, and
//!    which regions of deleted lines were replaced by inserted lines;
//! 2. each replaced region is diffed again at **word** level, where the tokens
//!    are the UAX #29 word boundaries of
//!    [`UnicodeSegmentation::split_word_bounds`]: words, runs of whitespace and
//!    punctuation are their own tokens, and a token never ends inside a
//!    grapheme cluster (a Bengali vowel sign, a virama or a ZWJ stays with its
//!    letter).
//!
//! The result is normalised: empty pieces are dropped, neighbours with the
//! same tag are merged, and between two unchanged pieces there is at most one
//! [`Tag::Delete`] followed by at most one [`Tag::Insert`]. A run of
//! horizontal whitespace (no line break) that is the only thing left equal
//! between two changes on the same line is folded into them, so that
//! rewording "the quick brown" as "a slow red" reads as one replacement rather
//! than three.
//!
//! Everything works on the texts as stored (logical order, byte offsets into
//! the UTF-8); right-to-left scripts such as Urdu need no special handling
//! here, and nothing is ever reversed. Line endings (`\n`, `\r\n`, a lone
//! `\r`) and a missing final newline are kept byte for byte.
//!
//! The only clock used is the computation deadline of [`Options`]: when it
//! passes, the diff falls back to coarser results (the line diff's own
//! fallback, then whole-region replacements instead of word diffs), which are
//! still exact, just less detailed.

use std::ops::Range;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use similar::udiff::UnifiedHunkHeader;
use similar::{capture_diff_slices_deadline, Algorithm, ChangeTag, DiffOp, TextDiff};
use unicode_segmentation::UnicodeSegmentation;

/// What a piece of a diff does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Tag {
    /// Present, unchanged, in both texts.
    Equal,
    /// Present in the old text only.
    Delete,
    /// Present in the new text only.
    Insert,
}

/// One piece of a diff, with its text.
///
/// Concatenating the `text` of the [`Tag::Equal`] and [`Tag::Delete`] changes
/// of a diff gives the old text; the [`Tag::Equal`] and [`Tag::Insert`]
/// changes give the new text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Change {
    /// Whether the text is kept, deleted or inserted.
    pub tag: Tag,
    /// The text (from the old text for `Equal` and `Delete`, from the new text
    /// for `Insert`).
    pub text: String,
}

/// A change with byte ranges into the old and new texts (an Equal has both; a
/// Delete has an empty new range at its position; an Insert an empty old
/// range).
///
/// The segments of a diff are contiguous and in order: each one's `old`
/// starts where the previous one's ended, and so does its `new`; the first
/// start at 0 and the last end at the texts' lengths. Every boundary is a
/// grapheme-cluster boundary of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Whether the piece is kept, deleted or inserted.
    pub tag: Tag,
    /// Byte range in the old text (empty for an insert).
    pub old: Range<usize>,
    /// Byte range in the new text (empty for a delete).
    pub new: Range<usize>,
}

/// Settings for [`segments`] and [`changes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How long the diff may compute before it falls back to a coarser (but
    /// still exact) result. Default: 2 seconds.
    pub deadline: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            deadline: Duration::from_secs(2),
        }
    }
}

/// The kind of a line of a unified diff, for colouring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    /// A file header line: `--- old` or `+++ new`.
    Header,
    /// A hunk header line: `@@ -a,b +c,d @@`.
    Hunk,
    /// An unchanged line, printed with a leading space. The
    /// `\ No newline at end of file` marker also has this kind (as in git's
    /// colouring).
    Context,
    /// A deleted line, printed with a leading `-`.
    Delete,
    /// An inserted line, printed with a leading `+`.
    Insert,
}

/// One line of a unified diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnifiedLine {
    /// What the line is, for colouring.
    pub kind: LineKind,
    /// The full line as printed (with its leading ` `, `-` or `+`), without
    /// the trailing line ending.
    pub text: String,
}

/// Why [`apply`] could not rebuild the new text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// An equal or deleted text does not match the old text where it should.
    #[error("change #{index} ({tag:?}) does not match the old text at byte {offset}")]
    Mismatch {
        /// Index of the offending change in the slice.
        index: usize,
        /// Its tag ([`Tag::Equal`] or [`Tag::Delete`]).
        tag: Tag,
        /// Byte offset in the old text where its text was expected.
        offset: usize,
    },
    /// The changes ended before the end of the old text.
    #[error("the changes cover only {consumed} of the {len} bytes of the old text")]
    Incomplete {
        /// Bytes of the old text covered by the equal and deleted texts.
        consumed: usize,
        /// Length of the old text.
        len: usize,
    },
}

/// Diffs `old` against `new`, returning byte-range segments (see the module
/// documentation for the method and the guarantees).
///
/// Both texts are taken as stored; the result covers them entirely, with at
/// most one delete followed by at most one insert between two equal segments.
/// Identical texts give a single [`Tag::Equal`] segment (none if both are
/// empty).
pub fn segments(old: &str, new: &str, opts: &Options) -> Vec<Segment> {
    let deadline = Instant::now().checked_add(opts.deadline);
    let mut raw = Vec::new();

    let mut config = TextDiff::configure();
    config.algorithm(Algorithm::Myers);
    if let Some(deadline) = deadline {
        config.deadline(deadline);
    }
    let lines = config.diff_lines(old, new);
    let old_starts = line_starts(lines.iter_old_slices());
    let new_starts = line_starts(lines.iter_new_slices());

    for op in lines.ops() {
        let (_, o, n) = op.as_tag_tuple();
        let o = old_starts[o.start]..old_starts[o.end];
        let n = new_starts[n.start]..new_starts[n.end];
        match op {
            DiffOp::Equal { .. } => raw.push(seg(Tag::Equal, o, n)),
            DiffOp::Delete { .. } => raw.push(seg(Tag::Delete, o, n)),
            DiffOp::Insert { .. } => raw.push(seg(Tag::Insert, o, n)),
            DiffOp::Replace { .. } => refine(old, new, o, n, deadline, &mut raw),
        }
    }
    normalize(old, raw)
}

/// Diffs `old` against `new` like [`segments`], returning the texts of the
/// pieces.
pub fn changes(old: &str, new: &str, opts: &Options) -> Vec<Change> {
    segments(old, new, opts)
        .into_iter()
        .map(|s| Change {
            tag: s.tag,
            text: match s.tag {
                Tag::Insert => new[s.new].to_owned(),
                Tag::Equal | Tag::Delete => old[s.old].to_owned(),
            },
        })
        .collect()
}

/// A line-based unified diff of `old` against `new`, with `context` unchanged
/// lines around each change, as lines to print.
///
/// The output starts with the `--- old_label` and `+++ new_label` headers,
/// followed by the hunks; it is empty when the texts have the same lines.
/// Line endings (`\n`, `\r\n`, `\r`) are not part of the printed text; a last
/// line without one is followed by a `\ No newline at end of file` line of
/// kind [`LineKind::Context`]. Line breaks inside the labels are printed as
/// spaces. The line diff is bounded by the default [`Options`] deadline.
pub fn unified(
    old: &str,
    new: &str,
    old_label: &str,
    new_label: &str,
    context: usize,
) -> Vec<UnifiedLine> {
    let mut config = TextDiff::configure();
    config
        .algorithm(Algorithm::Myers)
        .timeout(Options::default().deadline);
    let diff = config.diff_lines(old, new);
    // More context than lines changes nothing (and similar doubles it).
    let context = context.min(diff.old_len().max(diff.new_len()));
    let mut out = Vec::new();
    for group in diff.grouped_ops(context) {
        if group.iter().all(|op| matches!(op, DiffOp::Equal { .. })) {
            continue;
        }
        if out.is_empty() {
            out.push(line(
                LineKind::Header,
                format!("--- {}", one_line(old_label)),
            ));
            out.push(line(
                LineKind::Header,
                format!("+++ {}", one_line(new_label)),
            ));
        }
        out.push(line(
            LineKind::Hunk,
            UnifiedHunkHeader::new(&group).to_string(),
        ));
        for op in &group {
            for change in diff.iter_changes(op) {
                let (kind, sign) = match change.tag() {
                    ChangeTag::Equal => (LineKind::Context, ' '),
                    ChangeTag::Delete => (LineKind::Delete, '-'),
                    ChangeTag::Insert => (LineKind::Insert, '+'),
                };
                let value: &str = change.value();
                let body = value
                    .strip_suffix("\r\n")
                    .or_else(|| value.strip_suffix(['\n', '\r']))
                    .unwrap_or(value);
                out.push(line(kind, format!("{sign}{body}")));
                if change.missing_newline() {
                    out.push(line(
                        LineKind::Context,
                        "\\ No newline at end of file".to_owned(),
                    ));
                }
            }
        }
    }
    out
}

/// Rebuilds the new text from `old` and a diff's `changes`.
///
/// The texts of the [`Tag::Equal`] and [`Tag::Delete`] changes must match
/// `old` in order and cover it entirely; [`Tag::Insert`] texts are taken as
/// they are.
pub fn apply(old: &str, changes: &[Change]) -> Result<String, ApplyError> {
    let mut out = String::with_capacity(old.len());
    let mut pos = 0;
    for (index, change) in changes.iter().enumerate() {
        match change.tag {
            Tag::Insert => out.push_str(&change.text),
            tag @ (Tag::Equal | Tag::Delete) => {
                if !old[pos..].starts_with(change.text.as_str()) {
                    return Err(ApplyError::Mismatch {
                        index,
                        tag,
                        offset: pos,
                    });
                }
                if tag == Tag::Equal {
                    out.push_str(&change.text);
                }
                pos += change.text.len();
            }
        }
    }
    if pos != old.len() {
        return Err(ApplyError::Incomplete {
            consumed: pos,
            len: old.len(),
        });
    }
    Ok(out)
}

fn seg(tag: Tag, old: Range<usize>, new: Range<usize>) -> Segment {
    Segment { tag, old, new }
}

fn line(kind: LineKind, text: String) -> UnifiedLine {
    UnifiedLine { kind, text }
}

/// A label with its line breaks replaced by spaces, so a header stays one line.
fn one_line(label: &str) -> String {
    label.replace(['\r', '\n'], " ")
}

/// Byte offset of the start of each line, plus the total length at the end.
fn line_starts<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut starts = vec![0];
    let mut pos = 0;
    for line in lines {
        pos += line.len();
        starts.push(pos);
    }
    starts
}

/// Word-diffs a region of replaced lines, appending raw segments to `out`.
fn refine(
    old: &str,
    new: &str,
    o: Range<usize>,
    n: Range<usize>,
    deadline: Option<Instant>,
    out: &mut Vec<Segment>,
) {
    if deadline.is_some_and(|d| Instant::now() >= d) {
        // Too late for detail: replace the region whole.
        out.push(seg(Tag::Delete, o.clone(), n.start..n.start));
        out.push(seg(Tag::Insert, o.end..o.end, n));
        return;
    }
    let old_tokens = tokenize(&old[o.clone()]);
    let new_tokens = tokenize(&new[n.clone()]);
    let old_starts = token_starts(o.start, &old_tokens);
    let new_starts = token_starts(n.start, &new_tokens);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old_tokens, &new_tokens, deadline);
    for op in ops {
        let (_, to, tn) = op.as_tag_tuple();
        let bo = old_starts[to.start]..old_starts[to.end];
        let bn = new_starts[tn.start]..new_starts[tn.end];
        match op {
            DiffOp::Equal { .. } => out.push(seg(Tag::Equal, bo, bn)),
            DiffOp::Delete { .. } => out.push(seg(Tag::Delete, bo, bn)),
            DiffOp::Insert { .. } => out.push(seg(Tag::Insert, bo, bn)),
            DiffOp::Replace { .. } => {
                out.push(seg(Tag::Delete, bo.clone(), bn.start..bn.start));
                out.push(seg(Tag::Insert, bo.end..bo.end, bn));
            }
        }
    }
}

/// Byte offset (from `base`) of the start of each token, plus the end.
fn token_starts(base: usize, tokens: &[&str]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(tokens.len() + 1);
    let mut pos = base;
    starts.push(pos);
    for t in tokens {
        pos += t.len();
        starts.push(pos);
    }
    starts
}

/// Splits `s` at its UAX #29 word boundaries that are also grapheme-cluster
/// boundaries.
///
/// Word boundaries almost always are; the exception is a grapheme Prepend
/// character (such as the Arabic number sign U+0600 or the Malayalam dot reph
/// U+0D4E) before punctuation: grapheme rules keep `"\u{600}."` together,
/// word rules split it. Such tokens are joined.
fn tokenize(s: &str) -> Vec<&str> {
    if s.is_ascii() {
        // In ASCII the only multi-character grapheme is CR LF, which word
        // segmentation keeps together too.
        return s.split_word_bounds().collect();
    }
    let mut tokens = Vec::new();
    let mut graphemes = s
        .grapheme_indices(true)
        .map(|(i, g)| i + g.len())
        .peekable();
    let mut start = 0;
    for (i, word) in s.split_word_bound_indices() {
        let end = i + word.len();
        while graphemes.next_if(|&g| g < end).is_some() {}
        if graphemes.peek() == Some(&end) {
            tokens.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        tokens.push(&s[start..]);
    }
    tokens
}

/// Whether a text is only horizontal whitespace (no line break).
fn is_inline_space(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            && !matches!(
                c,
                '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            )
    })
}

/// One run of the normalised diff: kept, or changed (deleted and/or inserted).
struct Run {
    equal: bool,
    old: Range<usize>,
    new: Range<usize>,
}

/// Drops empty segments, merges runs, folds inline whitespace between two
/// changes into them, and emits each changed run as delete then insert.
fn normalize(old: &str, raw: Vec<Segment>) -> Vec<Segment> {
    let mut runs: Vec<Run> = Vec::with_capacity(raw.len());
    for s in raw {
        if s.old.is_empty() && s.new.is_empty() {
            continue;
        }
        let equal = s.tag == Tag::Equal;
        if !equal {
            // A change after [change, inline space]: fold the space in.
            if let [.., prev, last] = runs.as_slice() {
                if !prev.equal && last.equal && is_inline_space(&old[last.old.clone()]) {
                    runs.pop();
                }
            }
        }
        match runs.last_mut() {
            Some(last) if last.equal == equal => {
                last.old.end = s.old.end;
                last.new.end = s.new.end;
            }
            _ => runs.push(Run {
                equal,
                old: s.old,
                new: s.new,
            }),
        }
    }
    let mut out = Vec::with_capacity(runs.len() + runs.len() / 2);
    for run in runs {
        if run.equal {
            out.push(seg(Tag::Equal, run.old, run.new));
            continue;
        }
        if !run.old.is_empty() {
            out.push(seg(
                Tag::Delete,
                run.old.clone(),
                run.new.start..run.new.start,
            ));
        }
        if !run.new.is_empty() {
            out.push(seg(Tag::Insert, run.old.end..run.old.end, run.new));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::GraphemeCursor;

    fn opts() -> Options {
        Options::default()
    }

    fn ch(tag: Tag, text: &str) -> Change {
        Change {
            tag,
            text: text.to_owned(),
        }
    }

    fn rebuild(changes: &[Change], keep: Tag) -> String {
        changes
            .iter()
            .filter(|c| c.tag == Tag::Equal || c.tag == keep)
            .map(|c| c.text.as_str())
            .collect()
    }

    fn is_grapheme_boundary(s: &str, i: usize) -> bool {
        s.is_char_boundary(i)
            && GraphemeCursor::new(i, s.len(), true)
                .is_boundary(s, 0)
                .unwrap()
    }

    /// Checks every documented property of a diff of `old` and `new`.
    fn check(old: &str, new: &str, segs: &[Segment]) -> Result<(), String> {
        let (mut o, mut n) = (0, 0);
        for (i, s) in segs.iter().enumerate() {
            if s.old.start != o || s.new.start != n {
                return Err(format!("segment {i} {s:?} not contiguous at {o}/{n}"));
            }
            match s.tag {
                Tag::Equal => {
                    if s.old.is_empty() || old.get(s.old.clone()) != new.get(s.new.clone()) {
                        return Err(format!("bad equal {i} {s:?}"));
                    }
                }
                Tag::Delete => {
                    if s.old.is_empty() || !s.new.is_empty() {
                        return Err(format!("bad delete {i} {s:?}"));
                    }
                }
                Tag::Insert => {
                    if !s.old.is_empty() || s.new.is_empty() {
                        return Err(format!("bad insert {i} {s:?}"));
                    }
                }
            }
            for b in [s.old.start, s.old.end] {
                if !is_grapheme_boundary(old, b) {
                    return Err(format!("segment {i} {s:?}: old {b} inside a grapheme"));
                }
            }
            for b in [s.new.start, s.new.end] {
                if !is_grapheme_boundary(new, b) {
                    return Err(format!("segment {i} {s:?}: new {b} inside a grapheme"));
                }
            }
            o = s.old.end;
            n = s.new.end;
        }
        if o != old.len() || n != new.len() {
            return Err(format!(
                "diff ends at {o}/{n}, not {}/{}",
                old.len(),
                new.len()
            ));
        }
        for w in segs.windows(2) {
            let ok = match (w[0].tag, w[1].tag) {
                (a, b) if a == b => false,
                (Tag::Insert, Tag::Delete) => false,
                _ => true,
            };
            if !ok {
                return Err(format!("not normalised: {:?} then {:?}", w[0], w[1]));
            }
        }
        let changes = changes_from(old, new, segs);
        if rebuild(&changes, Tag::Delete) != old {
            return Err("equal+delete != old".into());
        }
        if rebuild(&changes, Tag::Insert) != new {
            return Err("equal+insert != new".into());
        }
        match apply(old, &changes) {
            Ok(t) if t == new => Ok(()),
            other => Err(format!("apply gave {other:?}")),
        }
    }

    fn changes_from(old: &str, new: &str, segs: &[Segment]) -> Vec<Change> {
        segs.iter()
            .map(|s| Change {
                tag: s.tag,
                text: if s.tag == Tag::Insert {
                    new[s.new.clone()].to_owned()
                } else {
                    old[s.old.clone()].to_owned()
                },
            })
            .collect()
    }

    fn assert_diff(old: &str, new: &str) -> Vec<Change> {
        let segs = segments(old, new, &opts());
        check(old, new, &segs).unwrap_or_else(|e| panic!("{e}\nold={old:?}\nnew={new:?}"));
        let c = changes(old, new, &opts());
        assert_eq!(c, changes_from(old, new, &segs));
        c
    }

    #[test]
    fn empty_and_identical_texts() {
        assert!(segments("", "", &opts()).is_empty());
        assert_eq!(assert_diff("", "abc"), vec![ch(Tag::Insert, "abc")]);
        assert_eq!(assert_diff("abc\n", ""), vec![ch(Tag::Delete, "abc\n")]);
        let t = "Same\r\ntext\n";
        assert_eq!(
            segments(t, t, &opts()),
            vec![seg(Tag::Equal, 0..t.len(), 0..t.len())]
        );
    }

    #[test]
    fn one_word_change_in_a_sentence() {
        let old = "Refunds are given within 30 days of purchase.";
        let new = "Refunds are given within 14 days of purchase.";
        assert_eq!(
            assert_diff(old, new),
            vec![
                ch(Tag::Equal, "Refunds are given within "),
                ch(Tag::Delete, "30"),
                ch(Tag::Insert, "14"),
                ch(Tag::Equal, " days of purchase."),
            ]
        );
        // The same inside a document with other lines.
        let old = format!("# Refunds\n\n{old}\nAsk us.\n");
        let new = format!("# Refunds\n\n{new}\nAsk us.\n");
        let c = assert_diff(&old, &new);
        let changed: Vec<_> = c.iter().filter(|c| c.tag != Tag::Equal).collect();
        assert_eq!(changed, [&ch(Tag::Delete, "30"), &ch(Tag::Insert, "14")]);
    }

    #[test]
    fn line_endings_and_final_newline_are_exact() {
        let cases = [
            ("a\r\nb\r\n", "a\r\nc\r\n"),
            ("a\r\nb\r\n", "a\nb\n"),
            ("a\nb", "a\nb\n"),
            ("a\nb\n", "a\nb"),
            ("one\rtwo\rthree", "one\rtwo 2\rthree"),
            ("no newline", "no newline at all"),
            ("\n\n\n", "\n\r\n\n"),
            ("x", ""),
            ("", "\r\n"),
        ];
        for (old, new) in cases {
            assert_diff(old, new);
            assert_diff(new, old);
        }
        // CRLF -> LF is a change of the line endings only.
        let c = assert_diff("a b\r\nc d\r\n", "a b\nc d\n");
        assert_eq!(
            c,
            vec![
                ch(Tag::Equal, "a b"),
                ch(Tag::Delete, "\r\n"),
                ch(Tag::Insert, "\n"),
                ch(Tag::Equal, "c d"),
                ch(Tag::Delete, "\r\n"),
                ch(Tag::Insert, "\n"),
            ]
        );
    }

    #[test]
    fn whole_lines_inserted_and_deleted() {
        let old = "one\ntwo\nthree\n";
        let new = "zero\none\nthree\nfour\n";
        assert_eq!(
            assert_diff(old, new),
            vec![
                ch(Tag::Insert, "zero\n"),
                ch(Tag::Equal, "one\n"),
                ch(Tag::Delete, "two\n"),
                ch(Tag::Equal, "three\n"),
                ch(Tag::Insert, "four\n"),
            ]
        );
    }

    #[test]
    fn adjacent_changes_are_merged_deletes_first() {
        let c = assert_diff("the quick brown fox\n", "a slow red fox\n");
        assert_eq!(
            c,
            vec![
                ch(Tag::Delete, "the quick brown"),
                ch(Tag::Insert, "a slow red"),
                ch(Tag::Equal, " fox\n"),
            ]
        );
        // Line breaks between changes stay equal.
        let c = assert_diff("a\nb\n", "c\nd\n");
        assert_eq!(
            c,
            vec![
                ch(Tag::Delete, "a"),
                ch(Tag::Insert, "c"),
                ch(Tag::Equal, "\n"),
                ch(Tag::Delete, "b"),
                ch(Tag::Insert, "d"),
                ch(Tag::Equal, "\n"),
            ]
        );
    }

    #[test]
    fn bengali_clusters_are_never_split() {
        // Conjuncts (virama U+09CD), vowel signs (U+09BF, U+09BE) and a ZWJ.
        let old = "গ্রাহক ক্ষমা পাবেন। র\u{200D}\u{09CD}যাব কিছু\n";
        let new = "গ্রাহকের ক্ষমা পাবেন না। র\u{200D}\u{09CD}যাব কিছু না\n";
        let c = assert_diff(old, new);
        assert!(c.contains(&ch(Tag::Delete, "গ্রাহক")), "{c:?}");
        assert!(c.contains(&ch(Tag::Insert, "গ্রাহকের")), "{c:?}");
        // Only a vowel sign differs: the whole word changes, not a mark.
        let c = assert_diff("কি হবে", "কা হবে");
        assert_eq!(
            c,
            vec![
                ch(Tag::Delete, "কি"),
                ch(Tag::Insert, "কা"),
                ch(Tag::Equal, " হবে"),
            ]
        );
        // A ZWJ added inside a word.
        let c = assert_diff("রে্যাব আছে", "র\u{200D}্যাব আছে");
        assert_eq!(c[0].tag, Tag::Delete);
        assert_eq!(c.last().unwrap(), &ch(Tag::Equal, " আছে"));
    }

    #[test]
    fn prepend_characters_stay_with_their_cluster() {
        // U+0600 and U+0D4E are grapheme Prepend characters: "\u{600}." is one
        // cluster, but word segmentation alone cuts it in two.
        let old = "x \u{0600}. y";
        assert_eq!(old.split_word_bounds().nth(2), Some("\u{0600}"));
        assert_eq!(
            assert_diff(old, "x \u{0600}, y"),
            vec![
                ch(Tag::Equal, "x "),
                ch(Tag::Delete, "\u{0600}."),
                ch(Tag::Insert, "\u{0600},"),
                ch(Tag::Equal, " y"),
            ]
        );
        assert_eq!(
            assert_diff("a\u{0D4E}. b", "a\u{0D4E}! b"),
            vec![
                ch(Tag::Delete, "a\u{0D4E}."),
                ch(Tag::Insert, "a\u{0D4E}!"),
                ch(Tag::Equal, " b"),
            ]
        );
        // Emoji ZWJ sequences and flags.
        assert_diff("👩\u{200D}⚖\u{FE0F} 🇧🇩🇵🇰", "👩\u{200D}💻 🇧🇩🇮🇳");
        // A combining mark right after a space belongs to the space.
        assert_diff("a \u{09BF}b", "a \u{09BE}b");
    }

    #[test]
    fn urdu_is_diffed_in_logical_order() {
        let old = "یہ پالیسی ہر گاہک کے لیے ہے۔\n";
        let new = "یہ واپسی پالیسی ہر گاہک کے لیے ہے۔\n";
        let c = assert_diff(old, new);
        assert_eq!(
            c,
            vec![
                ch(Tag::Equal, "یہ "),
                ch(Tag::Insert, "واپسی "),
                ch(Tag::Equal, "پالیسی ہر گاہک کے لیے ہے۔\n"),
            ]
        );
        // Every piece is a slice of the stored text, in the stored order:
        // nothing is reversed or wrapped in bidi controls.
        let mut pos = 0;
        for piece in c.iter().filter(|c| c.tag != Tag::Insert) {
            assert_eq!(&old[pos..pos + piece.text.len()], piece.text);
            pos += piece.text.len();
        }
        assert!(c.iter().all(|c| !c
            .text
            .contains(['\u{200F}', '\u{202B}', '\u{202E}', '\u{2067}'])));
        let c = assert_diff("گاہک کی واپسی", "گاہک کی پالیسی");
        assert_eq!(c[1], ch(Tag::Delete, "واپسی"));
        assert_eq!(c[2], ch(Tag::Insert, "پالیسی"));
    }

    #[test]
    fn apply_round_trip_and_errors() {
        let old = "Refunds are given within 30 days.\nContact us.\n";
        let new = "Refunds are given within 14 days.\nContact support.\n";
        let c = changes(old, new, &opts());
        assert_eq!(apply(old, &c).unwrap(), new);
        assert_eq!(
            apply("Refunds are", &c),
            Err(ApplyError::Mismatch {
                index: 0,
                tag: Tag::Equal,
                offset: 0
            })
        );
        let wrong = format!("{}X", &old[..old.len() - 1]);
        assert!(matches!(
            apply(&wrong, &c),
            Err(ApplyError::Mismatch { .. })
        ));
        assert_eq!(
            apply(&format!("{old}more"), &c),
            Err(ApplyError::Incomplete {
                consumed: old.len(),
                len: old.len() + 4
            })
        );
        assert_eq!(apply("", &[ch(Tag::Insert, "x")]).unwrap(), "x");
        let e = apply("abc", &[ch(Tag::Delete, "abd")]).unwrap_err();
        assert!(e.to_string().contains("byte 0"), "{e}");
    }

    #[test]
    fn serde_uses_lowercase_tags() {
        let json = serde_json::to_string(&ch(Tag::Delete, "30")).unwrap();
        assert_eq!(json, r#"{"tag":"delete","text":"30"}"#);
        let back: Change = serde_json::from_str(r#"{"tag":"insert","text":"14"}"#).unwrap();
        assert_eq!(back, ch(Tag::Insert, "14"));
        let l = UnifiedLine {
            kind: LineKind::Hunk,
            text: "@@ -1 +1 @@".into(),
        };
        assert!(serde_json::to_string(&l)
            .unwrap()
            .contains(r#""kind":"hunk""#));
    }

    fn texts(lines: &[UnifiedLine]) -> Vec<(LineKind, &str)> {
        lines.iter().map(|l| (l.kind, l.text.as_str())).collect()
    }

    #[test]
    fn unified_output() {
        use LineKind::*;
        let old = "a\nb\nc\nd\ne\nf\ng\n";
        let new = "a\nb\nC\nd\ne\nf\ng\nh";
        let u = unified(old, new, "v1/policy.md", "v2/policy.md", 1);
        assert_eq!(
            texts(&u),
            vec![
                (Header, "--- v1/policy.md"),
                (Header, "+++ v2/policy.md"),
                (Hunk, "@@ -2,3 +2,3 @@"),
                (Context, " b"),
                (Delete, "-c"),
                (Insert, "+C"),
                (Context, " d"),
                (Hunk, "@@ -7 +7,2 @@"),
                (Context, " g"),
                (Insert, "+h"),
                (Context, "\\ No newline at end of file"),
            ]
        );
        // The same as similar's own rendering, line for line.
        let mut printed: String = u.iter().map(|l| format!("{}\n", l.text)).collect();
        printed.pop();
        let reference = TextDiff::from_lines(old, new)
            .unified_diff()
            .context_radius(1)
            .header("v1/policy.md", "v2/policy.md")
            .to_string();
        assert_eq!(printed, reference.trim_end_matches('\n'));
    }

    #[test]
    fn unified_edge_cases() {
        use LineKind::*;
        assert!(unified("same\n", "same\n", "a", "b", 3).is_empty());
        assert!(unified("", "", "a", "b", 3).is_empty());
        assert_eq!(
            texts(&unified("x\r\ny\r\n", "x\r\nz\r\n", "a\nb", "c", 0)),
            vec![
                (Header, "--- a b"),
                (Header, "+++ c"),
                (Hunk, "@@ -2 +2 @@"),
                (Delete, "-y"),
                (Insert, "+z"),
            ]
        );
        assert_eq!(
            texts(&unified("", "new\n", "a", "b", 3)),
            vec![
                (Header, "--- a"),
                (Header, "+++ b"),
                (Hunk, "@@ -0,0 +1 @@"),
                (Insert, "+new"),
            ]
        );
        let all = unified("a\nb\nc\n", "a\nB\nc\n", "a", "b", usize::MAX);
        assert_eq!(all.len(), 2 + 1 + 4);
        let u = unified("end", "end\n", "a", "b", 3);
        assert_eq!(
            texts(&u)[2..],
            [
                (Hunk, "@@ -1 +1 @@"),
                (Delete, "-end"),
                (Context, "\\ No newline at end of file"),
                (Insert, "+end"),
            ]
        );
    }

    /// A deterministic pseudo-random text of about `bytes` bytes, in lines.
    fn big_text(bytes: usize, seed: u64) -> String {
        const WORDS: &[&str] = &[
            "policy",
            "refund",
            "customer",
            "within",
            "days",
            "of",
            "the",
            "purchase",
            "and",
            "গ্রাহক",
            "ক্ষমা",
            "প্রত্যাবর্তন",
            "گاہک",
            "واپسی",
            "پالیسی",
            "shall",
            "may",
            "not",
        ];
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut s = String::with_capacity(bytes + 100);
        let mut line = 0u64;
        while s.len() < bytes {
            s.push_str(&format!("{line}. "));
            line += 1;
            for _ in 0..(4 + next() % 12) {
                s.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
                s.push(' ');
            }
            s.push_str(".\n");
        }
        s
    }

    #[test]
    fn large_inputs_with_scattered_edits_are_bounded() {
        let old = big_text(5_000_000, 7);
        // ~300 scattered edits: a word changed in every 250th line, a line
        // dropped every 1000th and one added every 1500th.
        let mut new = String::with_capacity(old.len() + 10_000);
        for (i, l) in old.split_inclusive('\n').enumerate() {
            if i % 1000 == 999 {
                continue;
            }
            if i % 250 == 3 {
                new.push_str(&l.replacen("the", "a", 1));
            } else {
                new.push_str(l);
            }
            if i % 1500 == 700 {
                new.push_str("An inserted sentence.\n");
            }
        }
        let short = Options {
            deadline: Duration::from_millis(200),
        };
        let t = Instant::now();
        let segs = segments(&old, &new, &short);
        let took = t.elapsed();
        assert!(took < Duration::from_secs(3), "took {took:?}");
        check(&old, &new, &segs).unwrap();
    }

    #[test]
    fn unrelated_large_inputs_fall_back_in_time() {
        // No line in common and lots of common words: the word diff of one
        // huge region cannot finish in time and must fall back.
        let old = big_text(1_500_000, 3);
        let new = big_text(1_500_000, 11).replace(". ", ": ");
        let short = Options {
            deadline: Duration::from_millis(200),
        };
        let t = Instant::now();
        let segs = segments(&old, &new, &short);
        let took = t.elapsed();
        // What is bounded is the diff's work; splitting 3 MB into tokens in a debug build on a
        // busy 2-core machine takes seconds of its own, so the margin is wide. Without the
        // deadline this comparison runs for minutes. (Speed is measured by benches/diff.rs.)
        assert!(took < Duration::from_secs(10), "took {took:?}");
        check(&old, &new, &segs).unwrap();
    }

    #[test]
    fn zero_deadline_is_still_exact() {
        let zero = Options {
            deadline: Duration::ZERO,
        };
        let old = "Refunds are given within 30 days.\nসময় ৩০ দিন।\n";
        let new = "Refunds are given within 14 days.\nসময় ১৪ দিন।\n";
        let segs = segments(old, new, &zero);
        check(old, new, &segs).unwrap();
        let forever = Options {
            deadline: Duration::MAX,
        };
        assert_eq!(segments(old, new, &forever), segments(old, new, &opts()));
    }

    const ATOMS: &[&str] = &[
        "policy",
        "Refunds",
        "30",
        "14",
        "days",
        "the",
        "গ্রাহক",
        "ক্ষমা",
        "প্রত্যাবর্তন",
        "র\u{200D}\u{09CD}যাব",
        "কি",
        "\u{09BF}",
        "\u{09CD}",
        "\u{200D}",
        "گاہک",
        "واپسی",
        "پالیسی",
        "۔",
        "،",
        " ",
        " ",
        "  ",
        "\n",
        "\n",
        "\r\n",
        "\r",
        ".",
        ",",
        "!",
        "-",
        "(",
        "'",
        "👩\u{200D}⚖\u{FE0F}",
        "🇧🇩",
        "\u{0600}",
        "\u{0D4E}",
        "1",
        "é",
        "e\u{0301}",
    ];

    fn text_tokens() -> impl Strategy<Value = Vec<&'static str>> {
        prop::collection::vec(prop::sample::select(ATOMS), 0..80)
    }

    /// (kind, position, atom): 0 = insert, 1 = delete, 2 = replace.
    fn edits() -> impl Strategy<Value = Vec<(u8, usize, &'static str)>> {
        prop::collection::vec((0u8..3, any::<usize>(), prop::sample::select(ATOMS)), 0..10)
    }

    fn edited(tokens: &[&'static str], edits: &[(u8, usize, &'static str)]) -> String {
        let mut t = tokens.to_vec();
        for &(kind, pos, atom) in edits {
            match kind {
                0 => t.insert(pos % (t.len() + 1), atom),
                _ if t.is_empty() => {}
                1 => {
                    t.remove(pos % t.len());
                }
                _ => {
                    let i = pos % t.len();
                    t[i] = atom;
                }
            }
        }
        t.concat()
    }

    proptest! {
        #[test]
        fn prop_random_edits(tokens in text_tokens(), edits in edits()) {
            let old = tokens.concat();
            let new = edited(&tokens, &edits);
            let segs = segments(&old, &new, &opts());
            prop_assert!(check(&old, &new, &segs).is_ok(), "{:?}", check(&old, &new, &segs));
            let c = changes(&old, &new, &opts());
            prop_assert_eq!(rebuild(&c, Tag::Delete), old.clone());
            prop_assert_eq!(rebuild(&c, Tag::Insert), new.clone());
            prop_assert_eq!(apply(&old, &c).unwrap(), new);
        }

        #[test]
        fn prop_unrelated_texts(a in text_tokens(), b in text_tokens()) {
            let (old, new) = (a.concat(), b.concat());
            let segs = segments(&old, &new, &opts());
            prop_assert!(check(&old, &new, &segs).is_ok(), "{:?}", check(&old, &new, &segs));
        }

        #[test]
        fn prop_zero_deadline(tokens in text_tokens(), edits in edits()) {
            let old = tokens.concat();
            let new = edited(&tokens, &edits);
            let segs = segments(&old, &new, &Options { deadline: Duration::ZERO });
            prop_assert!(check(&old, &new, &segs).is_ok(), "{:?}", check(&old, &new, &segs));
        }
    }
}
