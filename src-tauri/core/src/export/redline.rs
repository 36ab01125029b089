//! Redlines: the new revision of a policy as a Word document whose differences from the old
//! revision are tracked changes, so that "Accept all" gives the new text and "Reject all" the
//! old, in Word and in LibreOffice.
//!
//! Both revisions are read into blocks ([`ir::parse`]); the block lists are aligned (a diff on
//! the blocks, then, where blocks were replaced, pairs of blocks of the same kind matched by
//! their words). Equal blocks are written plainly, deleted blocks as deleted runs with a
//! deleted paragraph mark, inserted blocks as inserted ones. A changed pair is diffed word by
//! word ([`crate::diff::segments`] on the plain texts), and the byte ranges are mapped back onto
//! the styled inlines, so that headings, list items, table cells and emphasis keep their
//! formatting; a change of formatting alone shows as the old text deleted and the new inserted.
//! Tables whose columns match are compared row by row and cell by cell (rows added or removed
//! are tracked row insertions and deletions).

use super::docx::{DocBuilder, TitleLine};
use super::ir::{self, Block, Change, Content, FootnoteDef, Inline, Para, ParaKind, Row, Table};
use super::ExportError;
use crate::diff::{self, Tag};
use crate::lang::Lang;
use chrono::{DateTime, Utc};
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::time::{Duration, Instant};

/// A Word document of `new_md` with its differences from `old_md` as tracked changes by
/// `author` at `date`, under the heading `title`, showing no pictures.
pub fn redline(
    old_md: &str,
    new_md: &str,
    lang: Lang,
    author: &str,
    date: DateTime<Utc>,
    title: &str,
) -> Result<Vec<u8>, ExportError> {
    redline_with(old_md, new_md, lang, author, date, title, HashMap::new())
}

/// [`redline`], showing the handbook's pictures given by hash (see `crate::images::load`).
pub fn redline_with(
    old_md: &str,
    new_md: &str,
    lang: Lang,
    author: &str,
    date: DateTime<Utc>,
    title: &str,
    images: HashMap<String, Vec<u8>>,
) -> Result<Vec<u8>, ExportError> {
    let old = ir::parse(old_md);
    let new = ir::parse(new_md);
    let merged = merge(&old, &new, author, date);
    let mut doc = DocBuilder::new(lang);
    doc.images(images);
    doc.properties(title, author);
    doc.date(date);
    doc.title_line(title, TitleLine::Subtitle);
    doc.blocks(&merged, 0);
    doc.footer_page_numbers("", " / ", "");
    doc.finish()
}

/// The blocks of the new revision, with the old revision's differences as change marks.
pub fn merge(old: &[Block], new: &[Block], author: &str, date: DateTime<Utc>) -> Vec<Block> {
    let mut m = Merger {
        ins: Change::insert(author, date),
        del: Change::delete(author, date),
        lists: HashMap::new(),
        deadline: Instant::now() + Duration::from_secs(4),
    };
    // Notes nothing refers to get labels of their own: this prefix and their label.
    let nuls = old
        .iter()
        .chain(new)
        .filter_map(|b| match b {
            Block::Footnote(f) => Some(f.label.chars().take_while(|&c| c == '\0').count()),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let orphan = "\0".repeat(nuls + 1);
    let (old, old_notes) = split_notes(old, &orphan);
    let (new, new_notes) = split_notes(new, &orphan);
    let actions = m.align(&old, &new);
    m.learn_lists(&actions, &old, &new);
    let mut out = m.render(&actions, &old, &new);
    // Footnote definitions are matched by their labels, wherever they stand: the references
    // find their note by label, so the old and the new text of one note must become one note.
    let old_at: HashMap<&str, usize> = old_notes
        .iter()
        .enumerate()
        .map(|(i, o)| (note_label(o), i))
        .collect();
    let mut notes = Vec::new();
    for (j, n) in new_notes.iter().enumerate() {
        match old_at.get(note_label(n)) {
            Some(&i) if old_notes[i] == *n => notes.push(Action::Keep(i, j)),
            Some(&i) => notes.push(Action::Pair(i, j)),
            None => notes.push(Action::Insert(j)),
        }
    }
    let new_labels: HashSet<&str> = new_notes.iter().map(note_label).collect();
    for (i, o) in old_notes.iter().enumerate() {
        if !new_labels.contains(note_label(o)) {
            notes.push(Action::Delete(i));
        }
    }
    m.learn_lists(&notes, &old_notes, &new_notes);
    out.extend(m.render(&notes, &old_notes, &new_notes));
    out
}

/// Splits one revision's blocks into its body and its footnote definitions, as the document
/// shows them: the first definition of a label (a second one is never shown), and a note that
/// nothing in the body refers to under a label of its own (it is shown as a note at the end of
/// the body, not as the footnote the other revision may refer to by the same label: `orphan`,
/// which no label of either revision starts with, before it). A reference to a note the
/// revision does not define is its text, `[^label]`, as it is shown.
fn split_notes(blocks: &[Block], orphan: &str) -> (Vec<Block>, Vec<Block>) {
    let defined: HashSet<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Footnote(f) => Some(f.label.as_str()),
            _ => None,
        })
        .collect();
    // The body as shown, noting the labels it refers to on the way.
    let mut referred: HashSet<&str> = HashSet::new();
    let mut as_shown = |inlines: &[Inline]| -> Vec<Inline> {
        inlines
            .iter()
            .map(|i| match &i.content {
                Content::FootnoteRef(label) => match defined.get(label.as_str()) {
                    Some(&label) => {
                        referred.insert(label);
                        i.clone()
                    }
                    None => Inline {
                        content: Content::Text(format!("[^{label}]")),
                        ..i.clone()
                    },
                },
                _ => i.clone(),
            })
            .collect()
    };
    let mut body = Vec::new();
    let mut definitions = Vec::new();
    for b in blocks {
        match b {
            Block::Para(p) => body.push(Block::Para(Para {
                inlines: as_shown(&p.inlines),
                ..p.clone()
            })),
            Block::Table(t) => {
                let mut row = |r: &Row| Row {
                    cells: r.cells.iter().map(|c| as_shown(c)).collect(),
                    change: r.change.clone(),
                };
                let header = row(&t.header);
                let rows = t.rows.iter().map(row).collect();
                body.push(Block::Table(Table {
                    align: t.align.clone(),
                    header,
                    rows,
                }));
            }
            Block::Footnote(f) => definitions.push(f),
            Block::Rule(_) => body.push(b.clone()),
        }
    }
    let mut notes = Vec::new();
    let mut seen = HashSet::new();
    for f in definitions {
        if !seen.insert(f.label.as_str()) {
            continue;
        }
        let mut f = f.clone();
        if !referred.contains(f.label.as_str()) {
            f.label.insert_str(0, orphan);
        }
        notes.push(Block::Footnote(f));
    }
    (body, notes)
}

fn note_label(b: &Block) -> &str {
    match b {
        Block::Footnote(f) => &f.label,
        _ => "",
    }
}

/// How two block lists line up.
#[derive(Debug, Clone, Copy)]
enum Action {
    /// Equal blocks (old, new).
    Keep(usize, usize),
    /// Blocks of one kind, changed (old, new).
    Pair(usize, usize),
    /// Only in the old revision.
    Delete(usize),
    /// Only in the new revision.
    Insert(usize),
}

struct Merger {
    ins: Change,
    del: Change,
    /// Old list number → the new list (and its start) it continues.
    lists: HashMap<u32, (u32, u64)>,
    deadline: Instant,
}

/// Largest replaced region (old × new blocks) matched by similarity; larger ones pair blocks of
/// the same kind in order.
const MAX_MATCH: usize = 4096;
/// Paragraphs sharing less than this (by words) are not paired: deleted and inserted whole.
const MIN_SIMILARITY: f64 = 0.3;
/// Old list numbers that continue no new list are moved out of the new numbers' way.
const OLD_LIST_BASE: u32 = 1 << 30;

impl Merger {
    fn align(&self, old: &[Block], new: &[Block]) -> Vec<Action> {
        let old_keys: Vec<String> = old.iter().map(key).collect();
        let new_keys: Vec<String> = new.iter().map(key).collect();
        let ops = capture_diff_slices_deadline(
            Algorithm::Myers,
            &old_keys,
            &new_keys,
            Some(self.deadline),
        );
        let mut out = Vec::new();
        for op in ops {
            let (tag, o, n) = op.as_tag_tuple();
            match tag {
                DiffTag::Equal => out.extend(o.zip(n).map(|(i, j)| Action::Keep(i, j))),
                DiffTag::Delete => out.extend(o.map(Action::Delete)),
                DiffTag::Insert => out.extend(n.map(Action::Insert)),
                DiffTag::Replace => out.extend(self.match_region(old, new, o, n)),
            }
        }
        out
    }

    /// Matches the blocks of a replaced region: pairs of one kind, most alike first.
    fn match_region(
        &self,
        old: &[Block],
        new: &[Block],
        o: Range<usize>,
        n: Range<usize>,
    ) -> Vec<Action> {
        let (olen, nlen) = (o.len(), n.len());
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        if olen * nlen <= MAX_MATCH {
            let ow: Vec<HashMap<&str, usize>> = old[o.clone()].iter().map(words).collect();
            let nw: Vec<HashMap<&str, usize>> = new[n.clone()].iter().map(words).collect();
            let score = |i: usize, j: usize| -> Option<f64> {
                if kind(&old[o.start + i]) != kind(&new[n.start + j]) {
                    return None;
                }
                let s = similarity(&ow[i], &nw[j]);
                let heading = matches!(&new[n.start + j], Block::Para(p) if matches!(p.kind, ParaKind::Heading(_)));
                (s >= MIN_SIMILARITY
                    || heading
                    || matches!(new[n.start + j], Block::Table(_) | Block::Footnote(_)))
                .then_some(s + 0.01)
            };
            // Best total similarity of an order-keeping matching (a weighted LCS).
            let mut dp = vec![vec![0.0f64; nlen + 1]; olen + 1];
            for i in 1..=olen {
                for j in 1..=nlen {
                    let mut best = dp[i - 1][j].max(dp[i][j - 1]);
                    if let Some(s) = score(i - 1, j - 1) {
                        best = best.max(dp[i - 1][j - 1] + s);
                    }
                    dp[i][j] = best;
                }
            }
            let (mut i, mut j) = (olen, nlen);
            while i > 0 && j > 0 {
                if let Some(s) = score(i - 1, j - 1) {
                    if (dp[i][j] - (dp[i - 1][j - 1] + s)).abs() < 1e-9 {
                        pairs.push((i - 1, j - 1));
                        i -= 1;
                        j -= 1;
                        continue;
                    }
                }
                if dp[i][j] == dp[i - 1][j] {
                    i -= 1;
                } else {
                    j -= 1;
                }
            }
            pairs.reverse();
        } else {
            let ok: Vec<String> = old[o.clone()].iter().map(kind).collect();
            let nk: Vec<String> = new[n.clone()].iter().map(kind).collect();
            for op in capture_diff_slices_deadline(Algorithm::Myers, &ok, &nk, Some(self.deadline))
            {
                if let (DiffTag::Equal, a, b) = op.as_tag_tuple() {
                    pairs.extend(a.zip(b));
                }
            }
        }
        // Between two pairs: what was deleted, then what was inserted.
        let mut out = Vec::new();
        let (mut i, mut j) = (0, 0);
        for (pi, pj) in pairs.into_iter().chain(std::iter::once((olen, nlen))) {
            out.extend((i..pi).map(|k| Action::Delete(o.start + k)));
            out.extend((j..pj).map(|k| Action::Insert(n.start + k)));
            if pi < olen && pj < nlen {
                out.push(Action::Pair(o.start + pi, n.start + pj));
            }
            i = pi + 1;
            j = pj + 1;
        }
        out
    }

    /// Which old lists continue which new lists (from list items kept or paired).
    fn learn_lists(&mut self, actions: &[Action], old: &[Block], new: &[Block]) {
        for a in actions {
            if let Action::Keep(i, j) | Action::Pair(i, j) = *a {
                match (&old[i], &new[j]) {
                    (Block::Para(op), Block::Para(np)) => {
                        if let (ParaKind::ListItem(oi), ParaKind::ListItem(ni)) = (op.kind, np.kind)
                        {
                            self.lists.entry(oi.list).or_insert((ni.list, ni.start));
                        }
                    }
                    (Block::Footnote(of), Block::Footnote(nf)) => {
                        let inner = self.align(&of.blocks, &nf.blocks);
                        self.learn_lists(&inner, &of.blocks, &nf.blocks);
                    }
                    _ => {}
                }
            }
        }
    }

    fn render(&mut self, actions: &[Action], old: &[Block], new: &[Block]) -> Vec<Block> {
        let mut out = Vec::with_capacity(actions.len());
        for a in actions {
            match *a {
                Action::Keep(_, j) => out.push(new[j].clone()),
                Action::Insert(j) => out.push(mark_block(&new[j], &self.ins)),
                Action::Delete(i) => {
                    let b = self.relist(&old[i]);
                    out.push(mark_block(&b, &self.del));
                }
                Action::Pair(i, j) => out.extend(self.pair(&old[i], &new[j])),
            }
        }
        out
    }

    /// An old block with its list numbers moved to the new lists they continue.
    fn relist(&self, b: &Block) -> Block {
        let mut b = b.clone();
        if let Block::Para(p) = &mut b {
            if let ParaKind::ListItem(item) = &mut p.kind {
                match self.lists.get(&item.list) {
                    Some(&(list, start)) => {
                        item.list = list;
                        item.start = start;
                    }
                    None => item.list = item.list.saturating_add(OLD_LIST_BASE),
                }
            }
        }
        if let Block::Footnote(f) = &mut b {
            f.blocks = f.blocks.iter().map(|x| self.relist(x)).collect();
        }
        b
    }

    /// Two blocks of one kind: their differences, or the old deleted and the new inserted.
    fn pair(&mut self, old: &Block, new: &Block) -> Vec<Block> {
        match (old, new) {
            (Block::Para(op), Block::Para(np)) => {
                let (inlines, sim) = self.inlines(&op.inlines, &np.inlines);
                let heading = matches!(np.kind, ParaKind::Heading(_));
                if sim < MIN_SIMILARITY && !heading {
                    return vec![
                        mark_block(&self.relist(old), &self.del),
                        mark_block(new, &self.ins),
                    ];
                }
                vec![Block::Para(Para {
                    inlines,
                    ..np.clone()
                })]
            }
            (Block::Table(ot), Block::Table(nt)) if ot.columns() == nt.columns() => {
                vec![Block::Table(self.table(ot, nt))]
            }
            (Block::Footnote(of), Block::Footnote(nf)) => {
                let actions = self.align(&of.blocks, &nf.blocks);
                let blocks = self.render(&actions, &of.blocks, &nf.blocks);
                vec![Block::Footnote(FootnoteDef {
                    label: nf.label.clone(),
                    blocks,
                })]
            }
            _ => vec![
                mark_block(&self.relist(old), &self.del),
                mark_block(new, &self.ins),
            ],
        }
    }

    /// Two tables with the same columns: row by row, cell by cell.
    fn table(&self, old: &Table, new: &Table) -> Table {
        let header = self.row(&old.header, &new.header);
        let ok: Vec<String> = old.rows.iter().map(|r| format!("{:?}", r.cells)).collect();
        let nk: Vec<String> = new.rows.iter().map(|r| format!("{:?}", r.cells)).collect();
        let mut rows = Vec::with_capacity(new.rows.len());
        for op in capture_diff_slices_deadline(Algorithm::Myers, &ok, &nk, Some(self.deadline)) {
            let (tag, o, n) = op.as_tag_tuple();
            match tag {
                DiffTag::Equal => rows.extend(n.map(|j| new.rows[j].clone())),
                DiffTag::Delete => rows.extend(o.map(|i| mark_row(&old.rows[i], &self.del))),
                DiffTag::Insert => rows.extend(n.map(|j| mark_row(&new.rows[j], &self.ins))),
                DiffTag::Replace => {
                    let common = o.len().min(n.len());
                    for k in 0..common {
                        rows.push(self.row(&old.rows[o.start + k], &new.rows[n.start + k]));
                    }
                    rows.extend(
                        (o.start + common..o.end).map(|i| mark_row(&old.rows[i], &self.del)),
                    );
                    rows.extend(
                        (n.start + common..n.end).map(|j| mark_row(&new.rows[j], &self.ins)),
                    );
                }
            }
        }
        Table {
            align: new.align.clone(),
            header,
            rows,
        }
    }

    /// [`merge_inlines`] within what is left of the whole redline's time: once that is spent,
    /// each changed paragraph is compared coarsely (still exactly), so that two long, wholly
    /// different revisions take seconds, not minutes.
    fn inlines(&self, old: &[Inline], new: &[Inline]) -> (Vec<Inline>, f64) {
        let opts = diff::Options {
            deadline: self.deadline.saturating_duration_since(Instant::now()),
        };
        merge_inlines_with(old, new, &self.ins, &self.del, &opts)
    }

    fn row(&self, old: &Row, new: &Row) -> Row {
        let columns = old.cells.len().max(new.cells.len());
        let empty = Vec::new();
        let cells = (0..columns)
            .map(|c| {
                let o = old.cells.get(c).unwrap_or(&empty);
                let n = new.cells.get(c).unwrap_or(&empty);
                self.inlines(o, n).0
            })
            .collect();
        Row {
            cells,
            change: None,
        }
    }
}

/// The exact identity of a block for aligning (list numbers left out: they count lists).
fn key(b: &Block) -> String {
    match b {
        Block::Para(p) => {
            let mut kind = p.kind;
            if let ParaKind::ListItem(item) = &mut kind {
                item.list = 0;
            }
            format!("P{kind:?}|{}|{}|{:?}", p.indent, p.quote, p.inlines)
        }
        Block::Footnote(f) => format!(
            "F{}|{}",
            f.label,
            f.blocks.iter().map(key).collect::<Vec<_>>().join("\u{1}")
        ),
        other => format!("{other:?}"),
    }
}

/// The kind of a block: only blocks of one kind are compared word by word.
fn kind(b: &Block) -> String {
    match b {
        Block::Para(p) => match p.kind {
            ParaKind::ListItem(i) => format!("L{}{}|{}", i.ordered, i.depth, p.quote),
            k => format!("{k:?}|{}|{}", p.indent, p.quote),
        },
        Block::Table(t) => format!("T{}", t.columns()),
        Block::Rule(_) => "R".into(),
        Block::Footnote(f) => format!("F{}", f.label),
    }
}

fn words(b: &Block) -> HashMap<&str, usize> {
    fn add<'a>(m: &mut HashMap<&'a str, usize>, inlines: &'a [Inline]) {
        for i in inlines {
            if let Content::Text(t) = &i.content {
                for w in t.split_whitespace() {
                    *m.entry(w).or_insert(0) += 1;
                }
            }
        }
    }
    let mut m = HashMap::new();
    match b {
        Block::Para(p) => add(&mut m, &p.inlines),
        Block::Table(t) => {
            for r in std::iter::once(&t.header).chain(&t.rows) {
                for c in &r.cells {
                    add(&mut m, c);
                }
            }
        }
        Block::Rule(_) | Block::Footnote(_) => {}
    }
    m
}

/// How alike two bags of words are (0 to 1; two empty bags are alike).
fn similarity(a: &HashMap<&str, usize>, b: &HashMap<&str, usize>) -> f64 {
    let total: usize = a.values().sum::<usize>() + b.values().sum::<usize>();
    if total == 0 {
        return 1.0;
    }
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0)))
        .sum();
    2.0 * common as f64 / total as f64
}

fn mark_inlines(inlines: &[Inline], change: &Change) -> Vec<Inline> {
    inlines
        .iter()
        .map(|i| Inline {
            change: Some(change.clone()),
            ..i.clone()
        })
        .collect()
}

fn mark_row(row: &Row, change: &Change) -> Row {
    Row {
        cells: row.cells.iter().map(|c| mark_inlines(c, change)).collect(),
        change: Some(change.clone()),
    }
}

/// A whole block inserted or deleted.
fn mark_block(b: &Block, change: &Change) -> Block {
    match b {
        Block::Para(p) => Block::Para(Para {
            inlines: mark_inlines(&p.inlines, change),
            mark: Some(change.clone()),
            ..p.clone()
        }),
        Block::Table(t) => Block::Table(Table {
            align: t.align.clone(),
            header: mark_row(&t.header, change),
            rows: t.rows.iter().map(|r| mark_row(r, change)).collect(),
        }),
        Block::Rule(_) => Block::Rule(Some(change.clone())),
        Block::Footnote(f) => Block::Footnote(FootnoteDef {
            label: f.label.clone(),
            blocks: f.blocks.iter().map(|x| mark_block(x, change)).collect(),
        }),
    }
}

/// The inlines of `inlines` that lie in `range` of their plain text, cut at its ends.
fn slice_inlines(inlines: &[Inline], range: Range<usize>) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut at = 0;
    for i in inlines {
        let len = i.text().len();
        let (s, e) = (at, at + len);
        at = e;
        if e <= range.start || s >= range.end {
            continue;
        }
        let from = range.start.max(s) - s;
        let to = range.end.min(e) - s;
        if let Some(piece) = i.slice(from..to) {
            out.push(piece);
        }
    }
    out
}

/// The offsets (into their plain text) where the inlines start, and the end.
fn boundaries(inlines: &[Inline]) -> Vec<usize> {
    let mut out = Vec::with_capacity(inlines.len() + 1);
    let mut at = 0;
    for i in inlines {
        out.push(at);
        at += i.text().len();
    }
    out.push(at);
    out
}

/// The new inlines with the differences from the old as change marks, and how alike the two
/// texts are (the share of bytes kept, 0 to 1).
pub fn merge_inlines(
    old: &[Inline],
    new: &[Inline],
    ins: &Change,
    del: &Change,
) -> (Vec<Inline>, f64) {
    merge_inlines_with(old, new, ins, del, &diff::Options::default())
}

fn merge_inlines_with(
    old: &[Inline],
    new: &[Inline],
    ins: &Change,
    del: &Change,
    opts: &diff::Options,
) -> (Vec<Inline>, f64) {
    let old_text = ir::inlines_text(old);
    let new_text = ir::inlines_text(new);
    let ob = boundaries(old);
    let nb = boundaries(new);
    let mut out = Vec::new();
    let mut kept = 0;
    for seg in diff::segments(&old_text, &new_text, opts) {
        match seg.tag {
            Tag::Delete => out.extend(mark_inlines(&slice_inlines(old, seg.old), del)),
            Tag::Insert => out.extend(mark_inlines(&slice_inlines(new, seg.new), ins)),
            Tag::Equal => {
                kept += seg.old.len();
                // Cut the equal text where either side's formatting changes, and compare the
                // pieces' formatting.
                let mut cuts: Vec<usize> = ob
                    .iter()
                    .filter(|&&b| b > seg.old.start && b < seg.old.end)
                    .map(|b| b - seg.old.start)
                    .chain(
                        nb.iter()
                            .filter(|&&b| b > seg.new.start && b < seg.new.end)
                            .map(|b| b - seg.new.start),
                    )
                    .collect();
                cuts.push(0);
                cuts.push(seg.old.len());
                cuts.sort_unstable();
                cuts.dedup();
                for w in cuts.windows(2) {
                    let o = slice_inlines(old, seg.old.start + w[0]..seg.old.start + w[1]);
                    let n = slice_inlines(new, seg.new.start + w[0]..seg.new.start + w[1]);
                    let same = o.len() == n.len() && o.iter().zip(&n).all(|(a, b)| a.same_look(b));
                    if same {
                        out.extend(n);
                    } else {
                        kept -= w[1] - w[0];
                        out.extend(mark_inlines(&o, del));
                        out.extend(mark_inlines(&n, ins));
                    }
                }
            }
        }
    }
    let total = old_text.len() + new_text.len();
    let sim = if total == 0 {
        1.0
    } else {
        2.0 * kept as f64 / total as f64
    };
    (coalesce(out), sim)
}

/// Joins neighbouring pieces of text that look alike and carry the same change.
fn coalesce(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        if let (Some(last), Content::Text(t)) = (out.last_mut(), &i.content) {
            if let Content::Text(lt) = &mut last.content {
                if last.style == i.style && last.link == i.link && last.change == i.change {
                    lt.push_str(t);
                    continue;
                }
            }
        }
        out.push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::ooxml::{El, Node, Part};
    use super::*;
    use crate::export::check;
    use chrono::TimeZone;

    fn date() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0)
            .single()
            .expect("a date")
    }

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&#xA;", "\n")
            .replace("&amp;", "&")
    }

    /// The text a reader sees after accepting (`accept`) or rejecting all changes: each
    /// paragraph's text and a line end, unless its paragraph mark goes away (left-to-right
    /// marks, which the writer adds in right-to-left text, left out).
    fn view(xml: &str, accept: bool) -> String {
        let part = Part::parse(xml.as_bytes()).expect("parses");
        let gone = if accept { "w:del" } else { "w:ins" };
        let mut out = String::new();
        fn text(el: &El, gone: &str, out: &mut String) {
            for n in &el.children {
                match n {
                    Node::El(e) if e.name == gone || e.name == "w:pPr" || e.name == "w:rPr" => {}
                    Node::El(e) if e.name == "w:t" || e.name == "w:delText" => {
                        for c in &e.children {
                            if let Node::Text(t) = c {
                                // Left-to-right marks are layout hints of the writer.
                                out.push_str(&unescape(t).replace('\u{200E}', ""));
                            }
                        }
                    }
                    Node::El(e) if e.name == "w:br" => out.push('\n'),
                    Node::El(e) if e.name == "w:footnoteReference" || e.name == "w:drawing" => {
                        out.push_str(ir::OBJECT)
                    }
                    Node::El(e) if e.name == "w:tab" => out.push('\t'),
                    Node::El(e) => text(e, gone, out),
                    Node::Text(_) => {}
                }
            }
        }
        fn walk(el: &El, gone: &str, out: &mut String) {
            for e in el.elements() {
                if e.name == "w:p" {
                    text(e, gone, out);
                    let mark_gone = e
                        .elements()
                        .filter(|c| c.name == "w:pPr")
                        .flat_map(|p| p.elements().filter(|c| c.name == "w:rPr"))
                        .any(|r| r.elements().any(|c| c.name == gone));
                    if !mark_gone {
                        out.push('\n');
                    }
                } else {
                    walk(e, gone, out);
                }
            }
        }
        walk(&part.root, gone, &mut out);
        out
    }

    /// The text a reader of `md` sees, in the same form as [`view`].
    fn expected(title: &str, md: &str) -> String {
        let mut out = format!("{title}\n");
        for b in ir::parse(md) {
            match b {
                Block::Para(p) => {
                    out.push_str(&p.text());
                    out.push('\n');
                }
                Block::Table(t) => {
                    for r in std::iter::once(&t.header).chain(&t.rows) {
                        for c in 0..t.columns() {
                            out.push_str(
                                &r.cells
                                    .get(c)
                                    .map(|c| ir::inlines_text(c))
                                    .unwrap_or_default(),
                            );
                            out.push('\n');
                        }
                    }
                }
                Block::Rule(_) => out.push('\n'),
                Block::Footnote(_) => {}
            }
        }
        out
    }

    const OLD: &str = "# Refunds and returns\n\n## Purpose\n\nThis policy explains how colleagues handle refunds. Our aim is **simple**: be fair.\n\nThe standard return window is **14 days**.\n\n| Product | Window |\n|---|---|\n| Clothing | 30 days |\n| Electronics | 14 days |\n| Gift cards | none |\n\n1. Greet the customer.\n2. Check the receipt.\n3. Scan the barcode.\n\nA paragraph that goes away entirely, with nothing like it later on.\n\n- one\n- two\n";
    const NEW: &str = "# Refunds and returns\n\n## Purpose of this policy\n\nThis policy explains how colleagues in stores handle refunds. Our aim is *simple*: be fair and quick.\n\nThe standard return window is **30 days** (from 1 December).\n\n| Product | Window |\n|---|---|\n| Clothing | 30 days |\n| Electronics | 28 days |\n| Perishables | 7 days |\n| Gift cards | none |\n\n1. Greet the customer warmly.\n2. Check the receipt.\n3. Scan the barcode.\n4. Give the refund.\n\nAn entirely new closing paragraph about escalation to a supervisor.\n\n- one\n- two\n";

    #[test]
    fn accept_all_gives_the_new_text_and_reject_all_the_old() {
        for lang in [Lang::En, Lang::Ur] {
            let bytes = redline(OLD, NEW, lang, "Samuel Cruz", date(), "Refunds: changes")
                .expect("a redline");
            let parts = check::docx("redline", &bytes);
            let doc = &parts["word/document.xml"];
            assert_eq!(
                view(doc, true),
                expected("Refunds: changes", NEW),
                "accept all ({lang})"
            );
            assert_eq!(
                view(doc, false),
                expected("Refunds: changes", OLD),
                "reject all ({lang})"
            );
            assert!(doc.contains(r#"w:author="Samuel Cruz" w:date="2026-11-23T09:30:00Z""#));
        }
    }

    #[test]
    fn structure_and_formatting_survive() {
        let bytes =
            redline(OLD, NEW, Lang::En, "Samuel Cruz", date(), "Refunds").expect("a redline");
        let parts = check::docx("redline", &bytes);
        let doc = &parts["word/document.xml"];
        // The heading stays a heading with its words changed.
        let h = doc.find("Purpose").expect("the heading");
        let p_start = doc[..h].rfind("<w:p ").expect("its paragraph");
        assert!(doc[p_start..h].contains(r#"<w:pStyle w:val="Heading2"/>"#));
        assert!(doc[h..]
            .split("</w:p>")
            .next()
            .unwrap_or("")
            .contains("<w:ins "));
        // Bold kept on an inserted word in a changed paragraph; emphasis changed is delete + insert.
        assert!(doc.contains(r#"<w:ins w:id="#));
        let thirty = doc.find(">30</w:t>").expect("inserted 30");
        let run = &doc[doc[..thirty].rfind("<w:r>").expect("its run")..thirty];
        assert!(run.contains("<w:b/>"), "{run}");
        assert!(
            doc.contains("<w:delText xml:space=\"preserve\">14 days</w:delText>")
                || doc.contains(">14</w:delText>")
        );
        // List items keep their numbering; an inserted item is a tracked paragraph.
        assert!(doc.matches("<w:numPr>").count() >= 6);
        // Table: a changed cell, an inserted row.
        assert!(doc.contains("<w:trPr><w:ins "), "an inserted row");
        let cell = doc
            .find(">28</w:t>")
            .or_else(|| doc.find(">28 days</w:t>"))
            .expect("changed cell");
        let tc = &doc[doc[..cell].rfind("<w:tc>").expect("its cell")..cell];
        assert!(tc.contains("<w:del ") || tc.contains("<w:ins "));
        // A deleted paragraph has a deleted paragraph mark.
        assert!(doc.contains("<w:rPr><w:del "), "deleted paragraph mark");
    }

    #[test]
    fn identical_texts_have_no_changes() {
        let bytes = redline(NEW, NEW, Lang::Bn, "A", date(), "Same").expect("a redline");
        let doc = &check::docx("redline", &bytes)["word/document.xml"];
        assert!(!doc.contains("<w:ins ") && !doc.contains("<w:del "));
    }

    #[test]
    fn footnotes_images_and_hostile_input() {
        let old = "Text with a note.[^1] ![Old map](/nope.png)\n\n[^1]: The old note.\n\n<script>x</script>\n";
        let new = "Text with a longer note.[^1] ![New map](/nope.png)\n\n[^1]: The new note, longer.\n\n<script>y & \u{1}z</script>\n\n> > > deep\n";
        let bytes = redline(old, new, Lang::En, "Eve <x>", date(), "T & <b>").expect("a redline");
        let parts = check::docx("redline", &bytes);
        let notes = &parts["word/footnotes.xml"];
        assert!(
            notes.contains("<w:ins ") && notes.contains("<w:del "),
            "changes inside the footnote"
        );
        let doc = &parts["word/document.xml"];
        assert!(doc.contains("New map") && doc.contains("Old map"));
        assert!(doc.contains(r#"w:author="Eve &lt;x&gt;""#));
    }

    /// Found by fuzzing (md_to_docx): footnote definitions were aligned by position, so a note
    /// that one revision refers to and the other leaves unreferenced (shown at the end of the
    /// body), or the notes of one label in two places, lost text under "Accept all" or
    /// "Reject all". They are matched by label now.
    #[test]
    fn footnotes_are_matched_by_label_and_unreferenced_notes_kept() {
        let shown = |md: &str| {
            let mut doc = DocBuilder::new(Lang::En);
            doc.title_line("T", TitleLine::Subtitle);
            doc.markdown(md, 0);
            let bytes = doc.finish().expect("a document");
            view(&check::docx("redline", &bytes)["word/document.xml"], true)
        };
        for (old, new) in [
            // The fuzzer's input, split where it split it.
            ("| .[^t]\n[^t]:", " A.\n[^t]: A.\n"),
            ("T.[^t]\n\n[^t]: B\n", "[^t]: A.\n"),
            ("[^t]: A.\n", "T.[^t]\n\n[^t]: B\n"),
            ("x[^t]\n\n[^t]: A\n", "x[^t]\n"),
            ("x[^t]\n", "x[^t]\n\n[^t]: A\n"),
            ("[^t]: A.\n\nsame\n\nx[^t]\n", "y[^t]\n\nsame\n\n[^t]: B.\n"),
            // A label that starts with what marks an unreferenced note.
            ("x[^\0t]\n\n[^\0t]: A\n", "x\n\n[^t]: B\n"),
        ] {
            let bytes = redline(old, new, Lang::En, "A", date(), "T").expect("a redline");
            let parts = check::docx("redline", &bytes);
            let doc = &parts["word/document.xml"];
            assert_eq!(
                view(doc, true),
                shown(new),
                "accept all: {old:?} -> {new:?}"
            );
            assert_eq!(
                view(doc, false),
                shown(old),
                "reject all: {old:?} -> {new:?}"
            );
        }
        // One note, its old text deleted and its new text inserted, wherever they stand.
        let old = "[^t]: Old note.\n\nsame\n\nx[^t]\n";
        let new = "y[^t]\n\nsame\n\n[^t]: New note.\n";
        let bytes = redline(old, new, Lang::En, "A", date(), "T").expect("a redline");
        let notes = &check::docx("redline", &bytes)["word/footnotes.xml"];
        assert!(view(notes, true).contains("New note."), "{notes}");
        assert!(view(notes, false).contains("Old note."), "{notes}");
    }

    #[test]
    fn merge_maps_ranges_back_onto_styles() {
        let d = date();
        let old = ir::parse("Keep **bold words** here and [a link](https://a.example).\n");
        let new = ir::parse("Keep **bold text** here and [a link](https://b.example).\n");
        let merged = merge(&old, &new, "A", d);
        let Block::Para(p) = &merged[0] else {
            panic!("{merged:?}")
        };
        let deleted: String = p
            .inlines
            .iter()
            .filter(|i| {
                i.change
                    .as_ref()
                    .is_some_and(|c| c.kind == ir::ChangeKind::Delete)
            })
            .map(Inline::text)
            .collect();
        let inserted: String = p
            .inlines
            .iter()
            .filter(|i| {
                i.change
                    .as_ref()
                    .is_some_and(|c| c.kind == ir::ChangeKind::Insert)
            })
            .map(Inline::text)
            .collect();
        assert_eq!(deleted, "wordsa link");
        assert_eq!(inserted, "texta link");
        assert!(p
            .inlines
            .iter()
            .filter(|i| i.text() == "words" || i.text() == "text")
            .all(|i| i.style.bold));
        let links: Vec<_> = p.inlines.iter().filter_map(|i| i.link.clone()).collect();
        assert!(links.contains(&ir::Link::External("https://a.example".into())));
        assert!(links.contains(&ir::Link::External("https://b.example".into())));
    }

    fn demo_body(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../assets/demo")
            .join(name);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        text.splitn(3, "---\n").nth(2).unwrap_or(&text).to_string()
    }

    /// The demo policy edited as reviewers edit: a table row and a list item removed, a heading
    /// renamed, a number changed, a sentence added.
    fn edit(old: &str) -> String {
        let mut lines: Vec<String> = old.lines().map(str::to_string).collect();
        // Drop the second table body row and the second list item of the first list.
        if let Some(i) = lines.iter().position(|l| l.starts_with("|---")) {
            lines.remove(i + 2);
        }
        if let Some(i) = lines.iter().position(|l| l.starts_with("2. ")) {
            lines.remove(i);
        }
        // Rename the second heading, change a number, add a sentence to a paragraph.
        if let Some(h) = lines.iter_mut().filter(|l| l.starts_with("## ")).nth(1) {
            h.push_str(" (2026)");
        }
        if let Some(l) = lines
            .iter_mut()
            .find(|l| l.contains("30") && !l.starts_with('|'))
        {
            *l = l.replacen("30", "45", 1);
        }
        if let Some(l) = lines
            .iter_mut()
            .find(|l| l.len() > 200 && !l.starts_with('|'))
        {
            l.push_str(" Added sentence, with **bold** and a [link](policy:greeting).");
        }
        lines.join("\n") + "\n"
    }

    /// Real policies in four languages, edited the way reviewers edit: a number changed, a
    /// sentence added, a table row and a list item removed, a heading renamed.
    #[test]
    fn demo_policies_round_trip_in_every_language() {
        for lang in Lang::ALL {
            let old = demo_body(&format!("refunds.{}.md", lang.code()));
            let new_md = edit(&old);
            let bytes =
                redline(&old, &new_md, lang, "Reviewer", date(), "Changes").expect("a redline");
            let parts = check::docx("redline", &bytes);
            let doc = &parts["word/document.xml"];
            assert!(
                doc.contains("<w:ins ") && doc.contains("<w:del "),
                "{lang}: changes tracked"
            );
            assert_eq!(
                view(doc, true),
                expected("Changes", &new_md),
                "accept all ({lang})"
            );
            assert_eq!(
                view(doc, false),
                expected("Changes", &old),
                "reject all ({lang})"
            );
        }
    }

    #[test]
    fn pandoc_reads_the_changes() {
        if std::process::Command::new("pandoc")
            .arg("--version")
            .output()
            .is_err()
        {
            eprintln!("note: pandoc is not installed; skipping the pandoc read-back");
            return;
        }
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("redline.docx");
        std::fs::write(
            &path,
            redline(OLD, NEW, Lang::En, "Samuel Cruz", date(), "Refunds").expect("a redline"),
        )
        .expect("write");
        let out = std::process::Command::new("pandoc")
            .args(["--track-changes=all", "-f", "docx", "-t", "markdown"])
            .arg(&path)
            .output()
            .expect("pandoc runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let md = String::from_utf8_lossy(&out.stdout);
        assert!(
            md.contains(".insertion") && md.contains(".deletion"),
            "{md}"
        );
        assert!(md.contains("author=\"Samuel Cruz\""), "{md}");
        let ins = md.find("warmly").expect("an inserted word");
        assert!(
            md[..ins]
                .rfind('[')
                .is_some_and(|b| md[b..].find(".insertion").is_some_and(|e| b + e > ins)),
            "{md}"
        );
        assert!(md.contains("Perishables"));
        // Accepting and rejecting as pandoc does gives the two revisions' words.
        let accept = std::process::Command::new("pandoc")
            .args(["--track-changes=accept", "-f", "docx", "-t", "plain"])
            .arg(&path)
            .output()
            .expect("pandoc");
        let accepted = String::from_utf8_lossy(&accept.stdout);
        assert!(
            accepted.contains("warmly") && !accepted.contains("goes away entirely"),
            "{accepted}"
        );
        let reject = std::process::Command::new("pandoc")
            .args(["--track-changes=reject", "-f", "docx", "-t", "plain"])
            .arg(&path)
            .output()
            .expect("pandoc");
        let rejected = String::from_utf8_lossy(&reject.stdout);
        assert!(
            !rejected.contains("warmly") && rejected.contains("goes away entirely"),
            "{rejected}"
        );
    }

    /// Writes a redline of the demo refunds policy to /tmp/pb-export (for LibreOffice/pandoc).
    #[test]
    #[ignore]
    fn write_demo_redline() {
        std::fs::create_dir_all("/tmp/pb-export").expect("mkdir");
        for lang in [Lang::En, Lang::Ur] {
            let bytes = redline(
                OLD,
                NEW,
                lang,
                "Samuel Cruz",
                date(),
                "Refunds and returns: revision 2 → 3",
            )
            .expect("a redline");
            std::fs::write(
                format!("/tmp/pb-export/redline-{}.docx", lang.code()),
                bytes,
            )
            .expect("write");
        }
        for lang in Lang::ALL {
            let old = demo_body(&format!("refunds.{}.md", lang.code()));
            let bytes = redline(
                &old,
                &edit(&old),
                lang,
                "Reviewer",
                date(),
                "Refunds: changes",
            )
            .expect("a redline");
            std::fs::write(
                format!("/tmp/pb-export/redline-refunds-{}.docx", lang.code()),
                bytes,
            )
            .expect("write");
        }
    }
}
