//! The preview's HTML is sanitised: the OWASP XSS filter-evasion payloads, one at a time and all
//! together, in Markdown, leave nothing executable.

use policybook_core::markdown::to_safe_html;

/// The real tags of an HTML fragment (text `<` is escaped as `&lt;` by then), as
/// (lower-case name, attributes as (lower-case name, value)).
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').unwrap_or(after.len());
        let inner = &after[..end];
        rest = after.get(end + 1..).unwrap_or("");
        if inner.starts_with('/') || inner.starts_with('!') {
            continue;
        }
        let name: String = inner
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_lowercase();
        let mut attrs = Vec::new();
        let mut a = &inner[name.len().min(inner.len())..];
        loop {
            a = a.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if a.is_empty() {
                break;
            }
            let n: String = a
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '=' && *c != '/')
                .collect();
            a = &a[n.len()..];
            let mut value = String::new();
            if let Some(r) = a.trim_start().strip_prefix('=') {
                let r = r.trim_start();
                if let Some(q) = r.strip_prefix('"') {
                    let e = q.find('"').unwrap_or(q.len());
                    value = q[..e].to_string();
                    a = q.get(e + 1..).unwrap_or("");
                } else {
                    let e = r.find(char::is_whitespace).unwrap_or(r.len());
                    value = r[..e].to_string();
                    a = &r[e..];
                }
            }
            if n.is_empty() {
                break;
            }
            attrs.push((n.to_lowercase(), value));
        }
        out.push((name, attrs));
    }
    out
}

/// Anything in real tags that would run script or load active content in a webview.
fn dangerous(html: &str) -> Vec<String> {
    let allowed_tags = [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "strong",
        "del",
        "s",
        "code",
        "pre",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "br",
        "sup",
        "div",
        "section",
        "span",
        "input",
        "img",
    ];
    let mut found = Vec::new();
    for (name, attrs) in tags(html) {
        if !allowed_tags.contains(&name.as_str()) {
            found.push(format!("tag <{name}>"));
        }
        for (attr, value) in attrs {
            if attr.starts_with("on") || attr == "style" || attr == "srcdoc" || attr == "formaction"
            {
                found.push(format!("attribute {attr} on <{name}>"));
            }
            if [
                "href",
                "src",
                "action",
                "background",
                "dynsrc",
                "lowsrc",
                "data",
            ]
            .contains(&attr.as_str())
            {
                let decoded = value.replace("&amp;", "&").to_lowercase();
                let squeezed: String = decoded
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect();
                if let Some((scheme, _)) = squeezed.split_once(':') {
                    if !scheme.contains('/')
                        && !["http", "https", "mailto", "policy"].contains(&scheme)
                    {
                        found.push(format!("url {value} in <{name}>"));
                    }
                }
                if name == "input" && attr == "src" {
                    found.push("image input".into());
                }
            }
            if name == "input" && attr == "type" && value != "checkbox" {
                found.push(format!("input type {value}"));
            }
        }
    }
    found
}

const PAYLOADS: &str = include_str!("fixtures/owasp-xss.txt");

#[test]
fn each_owasp_payload_is_neutralised() {
    let mut count = 0;
    for payload in PAYLOADS.lines().filter(|l| !l.trim().is_empty()) {
        count += 1;
        for md in [
            payload.to_string(),
            format!("Text before\n\n{payload}\n\nText after"),
            format!("- item {payload}"),
            format!("> {payload}"),
        ] {
            let html = to_safe_html(&md);
            let bad = dangerous(&html);
            assert!(bad.is_empty(), "payload {payload:?} left {bad:?} in {html}");
        }
    }
    assert!(count >= 80, "only {count} payloads");
}

#[test]
fn all_payloads_at_once() {
    let html = to_safe_html(PAYLOADS);
    assert!(dangerous(&html).is_empty(), "{:?}", dangerous(&html));
}

#[test]
fn the_checker_itself_finds_danger() {
    // The detector must catch what it is meant to catch, or the tests above prove nothing.
    assert!(!dangerous("<img src=x onerror=alert(1)>").is_empty());
    assert!(!dangerous("<script>alert(1)</script>").is_empty());
    assert!(!dangerous("<img src=\"data:image/svg+xml,x\">").is_empty());
    assert!(!dangerous("<a href=\"javascript:alert(1)\">x</a>").is_empty());
    assert!(!dangerous("<p style=\"x\">y</p>").is_empty());
    assert!(
        dangerous("<p>ok <a href=\"https://example.com\" rel=\"noopener\">x</a></p>").is_empty()
    );
}
