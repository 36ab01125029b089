//! The window's side of the contract, generated into `ui/src/lib/bindings/`, never written by hand:
//! - the TypeScript declarations of every value the window receives or sends, from the Rust types
//!   (ts-rs);
//! - `commands.ts`: a typed function for every command in `handler()`, from the command's Rust
//!   signature (read with syn): its argument, or its arguments by name in one object, with their
//!   types, and what it returns;
//! - `values.ts`: the lists of the enums' values the window offers (languages, roles), and the
//!   longest review cycle and acknowledgement period.
//!
//! This test fails when the committed files are not what the Rust code gives, or when a command
//! takes or returns a type that has no declaration; `UPDATE_BINDINGS=1 cargo test -p
//! policybook-desktop bindings` writes them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings")
}

/// Every root type, exported with what it uses into `out`.
fn export(out: &Path) {
    // JSON numbers are numbers in the window (no value reaches 2^53).
    let cfg = Config::new().with_large_int("number").with_out_dir(out);
    macro_rules! all {
        ($($t:ty),* $(,)?) => {
            $( <$t as TS>::export_all(&cfg).expect(stringify!($t)); )*
        };
    }
    use policybook_core as core;
    all!(
        core::PolicySummary,
        core::NewPolicy,
        core::Autosaved,
        core::Joined,
        core::review::Action,
        core::review::Options,
        core::export::handbook::Missing,
        core::acks::UnreadList,
        core::Revision,
        core::RevisionInfo,
        core::InForce,
        core::StoredImage,
        core::SourceChanges,
        core::RevisionDiff,
        core::WhoAmI,
        core::Acknowledged,
        core::translation::PolicyTranslations,
        core::review::Due,
        core::search::Hit,
        core::sync::SyncReport,
        core::sync::SyncState,
        core::people::Person,
        core::people::Role,
        core::acks::Reader,
        core::acks::Report,
        core::import::Preview,
        core::import::ImportReport,
        crate::state::UiError,
        super::export::Exported,
        super::export::Progress,
        super::files::SaveTarget,
        super::import::ImportRequest,
        super::policies::DraftRequest,
        super::review::ActRequest,
        super::search::SearchRequest,
        super::export::ExportRequest,
        super::settings::AppInfo,
        super::settings::LocaleSources,
    );
}

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".ts") {
            out.insert(name, std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    out
}

#[test]
fn the_typescript_bindings_are_the_rust_types() {
    let fresh = std::env::temp_dir().join(format!("policybook-bindings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    export(&fresh);
    let mut made = files(&fresh);
    let _ = std::fs::remove_dir_all(&fresh);
    assert!(made.len() > 30, "{:?}", made.keys());
    let (commands, uses) = window::commands();
    let undeclared: Vec<&String> = uses
        .iter()
        .filter(|t| !made.contains_key(&format!("{t}.ts")))
        .collect();
    assert!(
        undeclared.is_empty(),
        "the commands use types with no TypeScript declaration (add them to export()): {undeclared:?}"
    );
    made.insert("commands.ts".into(), commands);
    made.insert("values.ts".into(), window::values());
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(dir());
        std::fs::create_dir_all(dir()).expect("the bindings folder");
        for (name, text) in &made {
            std::fs::write(dir().join(name), text).expect("a binding");
        }
    }
    let committed = files(&dir());
    let stale: Vec<&String> = made
        .keys()
        .chain(committed.keys())
        .filter(|k| made.get(*k) != committed.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "ui/src/lib/bindings/ is out of date ({stale:?}): run `UPDATE_BINDINGS=1 cargo test -p policybook-desktop bindings`"
    );
}

/// `commands.ts` and `values.ts`, and the type names the commands use.
mod window {
    use std::collections::BTreeSet;
    use std::fmt::Write as _;
    use std::path::Path;
    use syn::punctuated::Punctuated;
    use syn::{FnArg, GenericArgument, Item, ItemFn, Pat, PathArguments, ReturnType, Type};

    fn parse(module: &str) -> syn::File {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/commands/{module}.rs"));
        let text = std::fs::read_to_string(&path).expect("a commands file");
        syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The commands `handler()` registers, in order, as (module, function).
    fn registered() -> Vec<(String, String)> {
        let file = parse("mod");
        let handler = file
            .items
            .iter()
            .find_map(|i| match i {
                Item::Fn(f) if f.sig.ident == "handler" => Some(f),
                _ => None,
            })
            .expect("fn handler in commands/mod.rs");
        let mac = handler
            .block
            .stmts
            .iter()
            .find_map(|s| match s {
                syn::Stmt::Expr(syn::Expr::Macro(m), _) => Some(&m.mac),
                syn::Stmt::Macro(m) => Some(&m.mac),
                _ => None,
            })
            .expect("generate_handler! in handler()");
        let paths = mac
            .parse_body_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            .expect("the handler's list");
        paths
            .iter()
            .map(|p| {
                let names: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
                assert_eq!(names.len(), 2, "a command is named module::function");
                (names[0].clone(), names[1].clone())
            })
            .collect()
    }

    fn is_command(f: &ItemFn) -> bool {
        f.attrs.iter().any(|a| {
            let p: Vec<String> = a
                .path()
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            p == ["tauri", "command"]
        })
    }

    /// Whether the command takes its arguments' names as written in Rust (`rename_all =
    /// "snake_case"`), rather than Tauri's default camelCase.
    fn snake_case(f: &ItemFn) -> bool {
        f.attrs.iter().any(|a| {
            let Ok(list) = a.meta.require_list() else {
                return false;
            };
            list.parse_args_with(Punctuated::<syn::MetaNameValue, syn::Token![,]>::parse_terminated)
                .map(|args| {
                    args.iter().any(|nv| {
                        nv.path.is_ident("rename_all")
                            && matches!(&nv.value, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) if s.value() == "snake_case")
                    })
                })
                .unwrap_or(false)
        })
    }

    fn camel(name: &str) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in name.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }

    fn docs(attrs: &[syn::Attribute]) -> Vec<String> {
        attrs
            .iter()
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.value().trim().replace("*/", "*\u{2215}")),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    /// A type's last name and its type arguments.
    fn named(ty: &Type) -> Option<(String, Vec<&Type>)> {
        let Type::Path(p) = ty else { return None };
        let seg = p.path.segments.last()?;
        let args = match &seg.arguments {
            PathArguments::AngleBracketed(a) => a
                .args
                .iter()
                .filter_map(|g| match g {
                    GenericArgument::Type(t) => Some(t),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        Some((seg.ident.to_string(), args))
    }

    /// The TypeScript for a Rust type as it crosses IPC (serde's JSON, as ts-rs declares it); the
    /// declared types it names go into `uses`.
    fn ts(ty: &Type, uses: &mut BTreeSet<String>) -> Result<String, String> {
        match ty {
            Type::Reference(r) => return ts(&r.elem, uses),
            Type::Tuple(t) if t.elems.is_empty() => return Ok("void".into()),
            _ => {}
        }
        let (name, args) = named(ty).ok_or("a type that is not a name")?;
        Ok(match (name.as_str(), args.as_slice()) {
            ("String" | "str", []) => "string".into(),
            ("bool", []) => "boolean".into(),
            (
                "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
                | "f32" | "f64",
                [],
            ) => "number".into(),
            // ts-rs (chrono-impl) and serde: a date is its ISO text.
            ("NaiveDate", []) => "string".into(),
            ("Option", [t]) => format!("{} | null", ts(t, uses)?),
            ("Vec", [t]) => format!("Array<{}>", ts(t, uses)?),
            ("BTreeMap" | "HashMap", [k, v]) => {
                format!("Record<{}, {}>", ts(k, uses)?, ts(v, uses)?)
            }
            (declared, []) if declared.starts_with(char::is_uppercase) => {
                uses.insert(declared.to_string());
                declared.to_string()
            }
            (other, _) => return Err(format!("no TypeScript for `{other}`")),
        })
    }

    /// What the window never sends: Tauri fills these in.
    fn injected(ty: &Type) -> bool {
        let name = named(ty).map(|(n, _)| n).unwrap_or_default();
        matches!(
            name.as_str(),
            "State" | "AppHandle" | "Window" | "Webview" | "WebviewWindow"
        )
    }

    /// The request itself: the command reads its raw body (bytes).
    fn raw_body(ty: &Type) -> bool {
        named(ty).is_some_and(|(n, _)| n == "Request")
    }

    /// One command's function.
    fn wrapper(module: &str, f: &ItemFn, uses: &mut BTreeSet<String>) -> Result<String, String> {
        let name = f.sig.ident.to_string();
        let here = |e: String| format!("{module}::{name}: {e}");
        let snake = snake_case(f);
        let mut params: Vec<(String, String, bool)> = Vec::new(); // (key, TypeScript, optional)
        let mut raw = false;
        for arg in &f.sig.inputs {
            let FnArg::Typed(t) = arg else {
                return Err(here("a command takes no self".into()));
            };
            if injected(&t.ty) {
                continue;
            }
            if raw_body(&t.ty) {
                raw = true;
                continue;
            }
            let Pat::Ident(id) = &*t.pat else {
                return Err(here("an argument with a plain name".into()));
            };
            let rust = id.ident.to_string();
            let key = if snake { rust.clone() } else { camel(&rust) };
            let optional = named(&t.ty).is_some_and(|(n, _)| n == "Option");
            params.push((key, ts(&t.ty, uses).map_err(here)?, optional));
        }
        if raw && !params.is_empty() {
            return Err(here("raw bytes and named arguments together".into()));
        }
        let returns = match &f.sig.output {
            ReturnType::Default => "void".to_string(),
            ReturnType::Type(_, ty) => match named(ty) {
                Some((n, args)) if n == "Result" && !args.is_empty() => ts(args[0], uses),
                _ => ts(ty, uses),
            }
            .map_err(here)?,
        };
        let mut out = String::new();
        let doc = docs(&f.attrs);
        if !doc.is_empty() {
            out.push_str("/**\n");
            for line in doc {
                let _ = writeln!(out, " *{}{line}", if line.is_empty() { "" } else { " " });
            }
            out.push_str(" */\n");
        }
        let (sig, body) = if raw {
            (
                "body: Uint8Array".to_string(),
                format!("call('{name}', body)"),
            )
        } else if params.is_empty() {
            (String::new(), format!("call('{name}')"))
        } else if let [(key, ty, optional)] = params.as_slice() {
            // One argument: given as itself.
            let var = camel(key);
            let field = if var == *key {
                var.clone()
            } else {
                format!("{key}: {var}")
            };
            (
                format!("{var}{}: {ty}", if *optional { "?" } else { "" }),
                format!("call('{name}', {{ {field} }})"),
            )
        } else {
            // Several: by name, as the command names them (two strings can never swap places),
            // left out when optional.
            let fields: Vec<String> = params
                .iter()
                .map(|(key, ty, optional)| {
                    format!("{key}{}: {ty}", if *optional { "?" } else { "" })
                })
                .collect();
            let all_optional = params.iter().all(|(_, _, optional)| *optional);
            (
                format!(
                    "args: {{ {} }}{}",
                    fields.join("; "),
                    if all_optional { " = {}" } else { "" }
                ),
                format!("call('{name}', args)"),
            )
        };
        let _ = writeln!(
            out,
            "export function {}({sig}): Promise<{returns}> {{\n  return {body};\n}}",
            camel(&name)
        );
        Ok(out)
    }

    /// `commands.ts`, and the declared types its commands use.
    pub fn commands() -> (String, BTreeSet<String>) {
        let list = registered();
        let mut uses = BTreeSet::new();
        let mut functions = Vec::new();
        let mut modules: Vec<&str> = list.iter().map(|(m, _)| m.as_str()).collect();
        modules.sort();
        modules.dedup();
        let files: Vec<(&str, syn::File)> = modules.iter().map(|m| (*m, parse(m))).collect();
        let fns = |m: &str| -> Vec<ItemFn> {
            files
                .iter()
                .filter(|(name, _)| *name == m)
                .flat_map(|(_, f)| &f.items)
                .filter_map(|i| match i {
                    Item::Fn(f) if is_command(f) => Some(f.clone()),
                    _ => None,
                })
                .collect()
        };
        for (module, name) in &list {
            let f = fns(module)
                .into_iter()
                .find(|f| f.sig.ident == name)
                .unwrap_or_else(|| {
                    panic!("{module}::{name} is registered but is not a #[tauri::command] there")
                });
            functions.push(wrapper(module, &f, &mut uses).unwrap_or_else(|e| panic!("{e}")));
        }
        for module in &modules {
            for f in fns(module) {
                let name = f.sig.ident.to_string();
                assert!(
                    list.iter().any(|(m, n)| m == module && *n == name),
                    "{module}::{name} is a #[tauri::command] that handler() does not register"
                );
            }
        }
        let mut out = String::from(
            "// Generated from the shell's commands (src-tauri/src/commands/, registered in\n\
             // handler()) by src-tauri/src/commands/bindings.rs: do not edit. A test fails when it is\n\
             // out of date; `UPDATE_BINDINGS=1 cargo test -p policybook-desktop bindings` writes it.\n\
             // An argument that may be left out reaches Rust as None.\n\n\
             import { call } from '../backend';\n",
        );
        for t in &uses {
            let _ = writeln!(out, "import type {{ {t} }} from './{t}';");
        }
        for f in functions {
            out.push('\n');
            out.push_str(&f);
        }
        (out, uses)
    }

    /// `values.ts`: every value of the enums the window lists.
    pub fn values() -> String {
        use policybook_core::people::Role;
        use policybook_core::Lang;
        let json = |v: serde_json::Value| v.to_string();
        format!(
            "// Generated from the Rust enums by src-tauri/src/commands/bindings.rs: do not edit.\n\n\
             import type {{ Lang }} from './Lang';\n\
             import type {{ Role }} from './Role';\n\n\
             /** Every language a policy can be written in, in the order the window lists them. */\n\
             export const LANGS: readonly Lang[] = {};\n\n\
             /** Every role, from the most to the least allowed. */\n\
             export const ROLES: readonly Role[] = {};\n\n\
             /** The longest review cycle a policy may have, in months (the core refuses more). */\n\
             export const MAX_REVIEW_MONTHS = {};\n\n\
             /** The longest time staff may be given to acknowledge a policy, in days. */\n\
             export const MAX_ACK_DUE_DAYS = {};\n",
            json(serde_json::json!(Lang::ALL)),
            json(serde_json::json!(Role::ALL)),
            policybook_core::store::MAX_REVIEW_MONTHS,
            policybook_core::acks::MAX_DUE_DAYS,
        )
    }
}
