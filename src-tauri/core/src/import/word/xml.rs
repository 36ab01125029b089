//! A small element tree for the XML parts of a Word package, read with quick-xml.
//!
//! Names are kept without their namespace prefix (`w:p` is `p`), except attributes of the
//! relationships namespace, kept as `r:NAME` (`r:id`, `r:embed`): WordprocessingML has both `w:id`
//! and `r:id`. Only text is kept from the character data (whitespace between elements too; the
//! converter reads text only inside `w:t` and its kin).

use quick_xml::events::{BytesStart, Event};

/// An element: its local name, attributes and children.
#[derive(Debug, Default, Clone)]
pub struct El {
    /// The local name (`p`, `r`, `t`…).
    pub name: String,
    /// Attributes by local name (`r:`-prefixed for the relationships namespace).
    pub attrs: Vec<(String, String)>,
    /// The children, in order.
    pub kids: Vec<Node>,
}

/// A child of an element.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element.
    El(El),
    /// Character data.
    Text(String),
}

/// The deepest nesting accepted: a document nested deeper is not a real one.
const MAX_DEPTH: usize = 512;

impl El {
    /// The attribute of that (local) name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The `w:val` attribute.
    pub fn val(&self) -> Option<&str> {
        self.attr("val")
    }

    /// The element children.
    pub fn els(&self) -> impl Iterator<Item = &El> {
        self.kids.iter().filter_map(|k| match k {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element of that name.
    pub fn child(&self, name: &str) -> Option<&El> {
        self.els().find(|e| e.name == name)
    }

    /// A path of child names (`["pPr", "pStyle"]`).
    pub fn path(&self, names: &[&str]) -> Option<&El> {
        let mut at = self;
        for n in names {
            at = at.child(n)?;
        }
        Some(at)
    }

    /// Whether a toggle property (`w:b`, `w:i`…) child is on: present, and not `w:val="0"`/`false`.
    pub fn on(&self, name: &str) -> Option<bool> {
        self.child(name)
            .map(|e| !matches!(e.val(), Some("0" | "false" | "off" | "none")))
    }

    /// Every descendant element of that name, in document order.
    pub fn descendants<'a>(&'a self, name: &str, out: &mut Vec<&'a El>) {
        for e in self.els() {
            if e.name == name {
                out.push(e);
            }
            e.descendants(name, out);
        }
    }

    /// The text of every `w:t` inside (a footnote's, a cell's plain text).
    pub fn text(&self) -> String {
        let mut s = String::new();
        self.collect_text(&mut s);
        s
    }

    fn collect_text(&self, s: &mut String) {
        for k in &self.kids {
            if let Node::El(e) = k {
                if e.name == "t" {
                    for k in &e.kids {
                        if let Node::Text(t) = k {
                            s.push_str(t);
                        }
                    }
                } else if e.name == "tab" {
                    s.push(' ');
                } else {
                    e.collect_text(s);
                }
            }
        }
    }
}

fn start(e: &BytesStart<'_>) -> Result<El, String> {
    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| format!("bad attribute: {err}"))?;
        let key = a.key;
        let local = String::from_utf8_lossy(key.local_name().as_ref()).into_owned();
        let key = match key.prefix() {
            Some(p) if p.as_ref() == b"r" => format!("r:{local}"),
            _ => local,
        };
        let value = a
            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
            .map_err(|err| format!("bad attribute value: {err}"))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(El {
        name,
        attrs,
        kids: Vec::new(),
    })
}

/// Parses one XML part into its root element; the error gives the byte offset and what is wrong.
pub fn parse(xml: &[u8]) -> Result<El, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<El> = vec![El::default()];
    loop {
        let at = reader.buffer_position();
        let ev = reader
            .read_event()
            .map_err(|e| format!("at byte {at}: {e}"))?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => {
                if stack.len() > MAX_DEPTH {
                    return Err(format!("at byte {at}: nested deeper than {MAX_DEPTH}"));
                }
                stack.push(start(&e).map_err(|m| format!("at byte {at}: {m}"))?);
            }
            Event::Empty(e) => {
                let el = start(&e).map_err(|m| format!("at byte {at}: {m}"))?;
                stack
                    .last_mut()
                    .expect("the document node")
                    .kids
                    .push(Node::El(el));
            }
            Event::End(_) => {
                let el = stack.pop().expect("quick-xml checks the nesting");
                match stack.last_mut() {
                    Some(parent) => parent.kids.push(Node::El(el)),
                    None => return Err(format!("at byte {at}: an end tag without a start")),
                }
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| format!("at byte {at}: {e}"))?;
                push_text(&mut stack, &s);
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| format!("at byte {at}: {e}"))?;
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = r.decode().map_err(|e| format!("at byte {at}: {e}"))?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| format!("at byte {at}: unknown entity &{name};"))?
                            .to_string()
                    }
                };
                push_text(&mut stack, &s);
            }
            Event::DocType(_) => return Err(format!("at byte {at}: a DOCTYPE (not allowed)")),
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err("the document ends inside an element".into());
    }
    let doc = stack.pop().expect("the document node");
    doc.kids
        .into_iter()
        .find_map(|k| match k {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| "no root element".to_string())
}

fn push_text(stack: &mut [El], s: &str) {
    let top = stack.last_mut().expect("the document node");
    if let Some(Node::Text(prev)) = top.kids.last_mut() {
        prev.push_str(s);
    } else {
        top.kids.push(Node::Text(s.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_attributes_and_text() {
        let el = parse(
            br#"<?xml version="1.0"?><w:document xmlns:w="x" xmlns:r="y"><w:p><w:hyperlink r:id="rId3" w:history="1"><w:r><w:t>a &amp; b&#233;</w:t></w:r></w:hyperlink></w:p></w:document>"#,
        )
        .unwrap();
        assert_eq!(el.name, "document");
        let link = el.path(&["p", "hyperlink"]).unwrap();
        assert_eq!(link.attr("r:id"), Some("rId3"));
        assert_eq!(link.attr("history"), Some("1"));
        assert_eq!(el.text(), "a & bé");
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(parse(b"<a><b></a>").is_err());
        assert!(parse(b"<a>").is_err());
        assert!(parse(b"<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>").is_err());
    }
}
