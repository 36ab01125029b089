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

/// Markdown as HTML for the preview in the app: raw HTML in the Markdown is shown as text, never
/// interpreted, and the result is sanitised (ammonia) so that nothing executable reaches the webview.
/// Links keep only http, https, mailto and `policy:` (a link to another policy). Pictures are
/// shown as their description (see [`to_safe_html_with`]).
pub fn to_safe_html(md: &str) -> String {
    to_safe_html_with(md, &|_| None)
}

/// [`to_safe_html`], showing the handbook's stored pictures (`image:<hash>`) as the `data:`
/// addresses `picture` gives. Any other picture (remote, or a file) is shown as its description,
/// never loaded: no reader is tracked by a picture in a policy.
pub fn to_safe_html_with(md: &str, picture: &dyn Fn(&str) -> Option<String>) -> String {
    use pulldown_cmark::CowStr;
    // Inside a picture that is not shown, its description stays as text.
    let mut hidden = 0usize;
    let events = Parser::new_ext(md, options()).filter_map(|e| match e {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            if hidden > 0 {
                hidden += 1;
                return None;
            }
            match crate::images::hash_in(&dest_url).and_then(picture) {
                Some(data) => Some(Event::Start(Tag::Image {
                    link_type,
                    dest_url: CowStr::from(data),
                    title,
                    id,
                })),
                None => {
                    hidden = 1;
                    None
                }
            }
        }
        Event::End(pulldown_cmark::TagEnd::Image) if hidden > 0 => {
            hidden -= 1;
            None
        }
        other => Some(other),
    });
    let events = events.map(|e| match e {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        Event::InlineMath(t) | Event::DisplayMath(t) => Event::Code(t),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = if safe_url(&dest_url) {
                dest_url
            } else {
                CowStr::from("")
            };
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        other => other,
    });
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    sanitizer().clean(&html).to_string()
}

fn safe_url(url: &str) -> bool {
    let lower: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    match lower.split_once(':') {
        Some((scheme, _))
            if !scheme.contains('/') && !scheme.contains('#') && !scheme.contains('?') =>
        {
            matches!(scheme, "http" | "https" | "mailto" | "policy")
        }
        _ => true, // relative: a fragment or a path
    }
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static B: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    B.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        // `data:` for the stored pictures only: links to anything but the four are emptied
        // before this, and raw HTML never reaches it as markup.
        b.url_schemes(
            ["http", "https", "mailto", "policy", "data"]
                .into_iter()
                .collect(),
        );
        b.link_rel(Some("noopener noreferrer"));
        b.add_tag_attributes("td", ["align"])
            .add_tag_attributes("th", ["align"]);
        b.add_tag_attributes("li", ["value"])
            .add_tag_attributes("ol", ["start"]);
        b.add_tag_attributes("input", ["type", "checked", "disabled"]);
        b
    })
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
    fn preview_shows_raw_html_as_text() {
        let html = to_safe_html(
            "Hello <script>alert(1)</script> **bold**\n\n<img src=x onerror=alert(1)>\n",
        );
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn preview_shows_stored_pictures_only() {
        let h = "a".repeat(64);
        let md = format!(
            "![Remote](https://tracker.example/pixel.png) ![On disk](/home/x/a.png) ![Stored](image:{h}) [not a picture](data:text/html,x)"
        );
        let html = to_safe_html_with(&md, &|hash| {
            (hash == h).then(|| "data:image/png;base64,AAAA".to_string())
        });
        assert!(
            !html.contains("tracker.example") && !html.contains("/home/x"),
            "{html}"
        );
        assert!(
            html.contains("Remote") && html.contains("On disk"),
            "{html}"
        );
        assert_eq!(html.matches("<img").count(), 1, "{html}");
        assert!(
            html.contains(r#"src="data:image/png;base64,AAAA""#),
            "{html}"
        );
        assert!(html.contains(r#"alt="Stored""#), "{html}");
        assert!(!html.contains("data:text/html"), "{html}");
        // Without the handbook's pictures, none is shown.
        assert!(!to_safe_html(&md).contains("<img"));
    }

    #[test]
    fn preview_keeps_safe_links_only() {
        let html = to_safe_html("[a](https://example.com) [b](javascript:alert(1)) [c](policy:refunds) [d](JaVaScRiPt&#58;alert(1))");
        assert!(html.contains("href=\"https://example.com\""), "{html}");
        assert!(html.contains("href=\"policy:refunds\""), "{html}");
        assert!(!html.to_lowercase().contains("javascript"), "{html}");
    }

    #[test]
    fn raw_html_is_text() {
        assert!(plain_text("<script>alert(1)</script>\n").contains("<script>"));
    }
}
