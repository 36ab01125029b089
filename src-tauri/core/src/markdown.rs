//! Markdown as text: the words a reader sees, for search and previews.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The options every part of Policybook parses Markdown with: CommonMark plus tables,
/// strikethrough and footnotes.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// The text of a Markdown document without its markup: one line per block, table cells
/// separated by ` | `. Raw HTML is kept as text (it is shown, never interpreted).
pub fn plain_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let newline = |out: &mut String| {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    };
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::FootnoteReference(_) => {}
            Event::Start(Tag::Image { .. }) => {}
            Event::End(TagEnd::TableCell) => out.push_str(" | "),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            ) => newline(&mut out),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_and_words_stay() {
        let md = "# Refunds\n\nWithin **30 days**, see [escalation](policy:escalation).\n\n| A | B |\n|---|---|\n| x | y |\n\n- one\n- two\n";
        assert_eq!(
            plain_text(md),
            "Refunds\nWithin 30 days, see escalation.\nA | B | \nx | y | \none\ntwo\n"
        );
    }

    #[test]
    fn raw_html_is_text() {
        assert!(plain_text("<script>alert(1)</script>\n").contains("<script>"));
    }
}
