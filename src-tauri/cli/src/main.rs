//! `policybook`: the scriptable command line over the Policybook core.
//!
//! Exit codes: 0 success; 1 the operation failed or was refused; 2 bad usage or bad input.
//! An error is one line on stderr.

/// Writes a line of text output, with any control character a name, title, summary or reason
/// carries shown escaped (`\u{1b}`), never sent raw to the terminal. A reader that has gone (a
/// closed pipe) is no error.
macro_rules! outln {
    () => {
        $crate::output::line("")
    };
    ($($t:tt)*) => {
        $crate::output::line(&format!($($t)*))
    };
}

mod generate;
mod output;

use clap::{Args, Parser, Subcommand};
use policybook_core::i18n::Messages;
use policybook_core::import::word::WordOptions;
use policybook_core::import::ImportOptions;
use policybook_core::review::Action;
use policybook_core::search::SearchQuery;
use policybook_core::{
    Clock, Draft, ErrorKind, FixedClock, Handbook, Lang, NewPolicy, SystemClock,
};
use serde_json::json;
use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// The version and the commit the binary was built from.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("POLICYBOOK_COMMIT"),
    ")"
);

/// Policybook: versioned customer-service policies, reviewed, searched and exported.
#[derive(Parser, Debug)]
#[command(
    name = "policybook",
    version = VERSION,
    after_help = "Environment: POLICYBOOK_DB names the handbook; POLICYBOOK_NOW (a date, \
                  YYYY-MM-DD, or an RFC 3339 time) stops the clock there, for reproducible \
                  scripts and for entering a past year's work in order."
)]
struct Cli {
    /// The handbook database (default: $POLICYBOOK_DB, else the platform's data folder).
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Debug, Clone, Copy)]
struct Json {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Import Markdown or text files, folders of them, or a Word handbook (.docx), all or nothing.
    Import {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Language of files that name none (en, bn, tl, ur); for Word, of every policy
        /// (default: each policy's script and words).
        #[arg(long)]
        lang: Option<Lang>,
        /// Who imports (the author of files that name none).
        #[arg(long)]
        author: Option<String>,
        /// Word: cut the document into policies at headings of this level.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=9))]
        split_level: u8,
        /// Word: the category of every policy (default: the heading that groups it).
        #[arg(long)]
        category: Option<String>,
        /// Word: import tracked changes as accepted (else a document with changes is refused).
        #[arg(long)]
        accept_changes: bool,
        /// Word: never pair the sections with the policies of a Word handbook imported before
        /// (by default a handbook in another language whose sections line up becomes their
        /// translations; --dry-run shows the pairs as translation_of).
        #[arg(long)]
        no_pair: bool,
        /// Show what would be imported, and write nothing.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        json: Json,
    },
    /// List the policies.
    List {
        #[command(flatten)]
        json: Json,
    },
    /// Print a policy's Markdown body, byte for byte as stored.
    Show {
        /// The policy id.
        id: String,
        /// The language (default: the policy's source language).
        #[arg(long)]
        lang: Option<Lang>,
        /// The revision (default: the newest).
        #[arg(long, conflicts_with = "as_of")]
        rev: Option<u32>,
        /// The text in force on this day (approved on or before it): YYYY-MM-DD.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Create a new policy (its text comes with `revise`).
    New {
        /// The policy id (letters, digits, '-', '_', '.').
        id: String,
        /// The category.
        #[arg(long, default_value = "")]
        category: String,
        /// The owner, reminded of reviews.
        #[arg(long)]
        owner: String,
        /// Months between reviews.
        #[arg(long, default_value_t = 12)]
        review_every_months: u32,
        /// The language it is written in first.
        #[arg(long, default_value = "en")]
        lang: Lang,
        /// Who creates it.
        #[arg(long)]
        by: Option<String>,
        #[command(flatten)]
        json: Json,
    },
    /// Save a new draft revision of a policy from a file (`-` for standard input).
    Revise {
        /// The policy id.
        id: String,
        /// The language.
        #[arg(long)]
        lang: Lang,
        /// The Markdown file.
        #[arg(long)]
        file: PathBuf,
        /// Who wrote it (default: this desk's identity in a signed handbook, else
        /// $POLICYBOOK_USER or $USER).
        #[arg(long)]
        author: Option<String>,
        /// What changed.
        #[arg(long, default_value = "")]
        summary: String,
        /// The title (default: the previous revision's).
        #[arg(long)]
        title: Option<String>,
        /// For a translation: the source revision it translates (default: the newest).
        #[arg(long)]
        source_rev: Option<u32>,
        #[command(flatten)]
        json: Json,
    },
    /// The revisions of a policy.
    History {
        /// The policy id.
        id: String,
        /// Only this language.
        #[arg(long)]
        lang: Option<Lang>,
        #[command(flatten)]
        json: Json,
    },
    /// Submit the newest revision for review.
    Submit(ActArgs),
    /// Approve the newest revision (someone other than its author).
    Approve {
        #[command(flatten)]
        act: ActArgs,
        /// The date it was approved, for an approval given earlier on paper (YYYY-MM-DD): not in the
        /// future, and not before the revision was written.
        #[arg(long)]
        on: Option<chrono::NaiveDate>,
        /// Only the wording changed, not what staff must do: nobody is asked to read it again
        /// (by default an approval is material).
        #[arg(long)]
        editorial: bool,
    },
    /// Send the newest revision back to draft, with a reason.
    Reject {
        #[command(flatten)]
        act: ActArgs,
        /// Why.
        #[arg(long)]
        reason: String,
    },
    /// Retire a policy: kept with its history, never exported.
    Retire {
        /// The policy id.
        id: String,
        /// Who retires it.
        #[arg(long)]
        by: Option<String>,
    },
    /// The reviews that are due or overdue.
    Due {
        /// The day to count from (YYYY-MM-DD; default today).
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        /// How many days ahead.
        #[arg(long, default_value_t = 30)]
        within: u32,
        /// Also write an iCalendar file of them.
        #[arg(long, value_name = "OUT")]
        ics: Option<PathBuf>,
        #[command(flatten)]
        json: Json,
    },
    /// Search the handbook, in all four languages or one.
    Search {
        /// Words, "quoted phrases"; the last word also matches as a prefix.
        query: String,
        /// Only this language.
        #[arg(long)]
        lang: Option<Lang>,
        /// How many hits at most.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Only this category (repeatable).
        #[arg(long)]
        category: Vec<String>,
        /// Only revisions in this status (draft, in_review, approved).
        #[arg(long)]
        status: Option<String>,
        /// Search older revisions too.
        #[arg(long, conflicts_with = "in_force")]
        all_revisions: bool,
        /// Only the text in force (each policy's newest approved revision), as staff read it.
        #[arg(long)]
        in_force: bool,
        #[command(flatten)]
        json: Json,
    },
    /// What changed between two revisions: a unified diff, word-level JSON, or a redline DOCX.
    Diff {
        /// The policy id.
        id: String,
        /// The language (default: the policy's source language).
        #[arg(long)]
        lang: Option<Lang>,
        /// The older revision.
        #[arg(long)]
        from: u32,
        /// The newer revision.
        #[arg(long)]
        to: u32,
        /// Write revision TO as a Word document with tracked changes against FROM.
        #[arg(long, value_name = "OUT")]
        docx: Option<PathBuf>,
        #[command(flatten)]
        json: Json,
    },
    /// Which translations are current, stale or missing; with ID and --lang, what changed in the
    /// source since that translation was made.
    Translations {
        /// One policy.
        id: Option<String>,
        /// With ID: the translation to explain.
        #[arg(long, requires = "id")]
        lang: Option<Lang>,
        #[command(flatten)]
        json: Json,
    },
    /// Write the employee handbook of one language as a Word document.
    Export {
        /// The language.
        #[arg(long)]
        lang: Lang,
        /// The .docx file to write.
        #[arg(long)]
        out: PathBuf,
        /// The handbook's title (default: "Employee Handbook" in the language).
        #[arg(long)]
        title: Option<String>,
        /// Only this category (repeatable).
        #[arg(long)]
        category: Vec<String>,
        /// Policies with no approved text in the language: their source text with a note, or left out.
        #[arg(long, value_enum, default_value = "source")]
        missing: MissingArg,
        /// Leave the fonts out (by default the handbook embeds the fonts its text uses).
        #[arg(long)]
        no_embed_fonts: bool,
        /// The handbook as it stood on this day (YYYY-MM-DD): the texts in force then.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        #[command(flatten)]
        json: Json,
    },
    /// Show a category's name in each language, or name it in one (`--lang L --title T`; an
    /// empty title removes the name).
    Category {
        /// The category, as policies give it (any case).
        name: String,
        /// The language of the name.
        #[arg(long, requires = "title")]
        lang: Option<Lang>,
        /// The name in that language.
        #[arg(long, requires = "lang")]
        title: Option<String>,
        /// Who names it.
        #[arg(long)]
        by: Option<String>,
        #[command(flatten)]
        json: Json,
    },
    /// Show or change a handbook setting (`company`: the name on the handbook's title page).
    Set {
        /// The setting.
        key: String,
        /// The new value (without it, the current one is shown).
        value: Option<String>,
        /// Who changes it.
        #[arg(long)]
        by: Option<String>,
    },
    /// What you have to read: the policies whose text in force you have not acknowledged, each
    /// with what changed since the revision you last acknowledged.
    Unread {
        /// Whose list (a handbook without people; a signed one uses this desk's identity).
        #[arg(long = "as", value_name = "NAME")]
        as_name: Option<String>,
        /// Read in this language where a policy has approved text in it (default: each
        /// policy's source language).
        #[arg(long)]
        lang: Option<Lang>,
        #[command(flatten)]
        json: Json,
    },
    /// Record that you have read and understood the text of a policy in force in a language.
    Ack {
        /// The policy id.
        id: String,
        /// The language you read it in.
        #[arg(long)]
        lang: Lang,
        /// The revision you read: refused if it is not the one in force.
        #[arg(long = "rev", value_name = "N")]
        rev: Option<u32>,
        /// Who read it (a handbook without people; a signed one uses this desk's identity).
        #[arg(long = "as", value_name = "NAME")]
        as_name: Option<String>,
        #[command(flatten)]
        json: Json,
    },
    /// For auditors: who acknowledged which revision, when and in which language, and who is
    /// overdue; as text, JSON, CSV or a Word report.
    Acks {
        /// One policy.
        id: Option<String>,
        /// As it stood on this day (YYYY-MM-DD; default today).
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        /// Print CSV (one row per acknowledgement and per overdue reader).
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// Also write the report as a Word document.
        #[arg(long, value_name = "OUT")]
        docx: Option<PathBuf>,
        /// The language of the Word report's labels (default: English).
        #[arg(long, requires = "docx")]
        lang: Option<Lang>,
        #[command(flatten)]
        json: Json,
    },
    /// Show or set whom a policy concerns: groups of readers, or everyone.
    Audience {
        /// The policy id.
        id: String,
        /// The groups (comma-separated or one by one); none shows the audience.
        groups: Vec<String>,
        /// The policy concerns everyone.
        #[arg(long, conflicts_with = "groups")]
        everyone: bool,
        /// Who changes it.
        #[arg(long)]
        by: Option<String>,
        #[command(flatten)]
        json: Json,
    },
    /// The readers and their groups: a signed handbook's people, or a local list of names.
    Readers {
        #[command(subcommand)]
        change: Option<ReadersChange>,
        #[command(flatten)]
        json: Json,
    },
    /// Rebuild the search index from the database.
    Reindex,
    /// Store a picture (PNG or JPEG) in the handbook; prints the Markdown that shows it.
    Image {
        /// The picture file.
        file: PathBuf,
        #[command(flatten)]
        json: Json,
    },
    /// The audit trail, of one policy or all.
    Log {
        /// The policy id.
        id: Option<String>,
        #[command(flatten)]
        json: Json,
    },
    /// Check the database and the audit trail; exit 1 on damage.
    Check {
        #[command(flatten)]
        json: Json,
    },
    /// Show, set or clear the git remote the handbook is shared through.
    Remote {
        #[command(subcommand)]
        change: Option<RemoteChange>,
        #[command(flatten)]
        json: Json,
    },
    /// Start a new handbook from a shared remote (into --db FILE, which must not exist).
    Clone {
        /// The remote's address (https://, ssh://, git:// or a path).
        url: String,
        #[command(flatten)]
        json: Json,
    },
    /// Pull what other desks did from the remote, and push what this desk did.
    Sync {
        #[command(flatten)]
        json: Json,
    },
    /// The revisions saved on top of another desk's revision of the same text, not yet resolved.
    Conflicts {
        #[command(flatten)]
        json: Json,
    },
    /// This desk's identity (its key pair): show it, or make it with `identity new`.
    Identity {
        #[command(subcommand)]
        change: Option<IdentityChange>,
        #[command(flatten)]
        json: Json,
    },
    /// The people of a signed handbook and their roles; `people add` and `people remove` (admins).
    People {
        #[command(subcommand)]
        change: Option<PeopleChange>,
        /// Print an allowed-signers file for `git verify-commit` (gpg.ssh.allowedSignersFile) and
        /// `ssh-keygen -Y verify`.
        #[arg(long)]
        allowed_signers: bool,
        #[command(flatten)]
        json: Json,
    },
    /// A git `pre-receive` hook for the remote's repository: refuses pushed commits that every
    /// desk would refuse (unsigned, unknown key, beyond a role, approving one's own revision).
    VerifyPush,
    /// Fill an empty handbook with the demo policies (a dozen, in all four languages).
    Demo {
        /// A handbook with anything in it is left as it is, without an error.
        #[arg(long)]
        if_empty: bool,
        #[command(flatten)]
        json: Json,
    },
    /// Copy the handbook to a file, safely while it is in use.
    Backup {
        /// Where to write the copy.
        out: PathBuf,
    },
    /// Write the manual page or a shell's completions to standard output (for packagers).
    #[command(hide = true)]
    Generate {
        /// What to write.
        #[arg(value_enum)]
        what: generate::Generated,
        /// For `man`: the folder to write every page into (without it, the main page is printed).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
enum RemoteChange {
    /// Share the handbook through this remote (a password in it stays out of the handbook).
    Set {
        /// The remote's address.
        url: String,
        #[command(flatten)]
        json: Json,
    },
    /// Stop sharing.
    Clear {
        #[command(flatten)]
        json: Json,
    },
}

#[derive(Subcommand, Debug)]
enum ReadersChange {
    /// Set a reader's groups (a handbook without people: adds the name to the list; a signed
    /// handbook: a person's groups, set by an admin).
    Set {
        /// The reader's name.
        name: String,
        /// The groups (comma-separated, or --groups more than once); none: no group.
        #[arg(long)]
        groups: Vec<String>,
        /// The day the reader started (YYYY-MM-DD; a local list only): acknowledgements fall
        /// due from then at the earliest (default: the day they are added).
        #[arg(long)]
        since: Option<chrono::NaiveDate>,
        /// Who changes it.
        #[arg(long)]
        by: Option<String>,
        #[command(flatten)]
        json: Json,
    },
    /// Remove a name from the local list (a handbook without people).
    Remove {
        /// The reader's name.
        name: String,
        /// Who removes it.
        #[arg(long)]
        by: Option<String>,
        #[command(flatten)]
        json: Json,
    },
}

#[derive(Subcommand, Debug)]
enum IdentityChange {
    /// Make this desk's identity: an Ed25519 key pair kept in $POLICYBOOK_IDENTITY (else in the
    /// data folder), readable by you only.
    New {
        /// Your name, as it appears on what you write and approve.
        #[arg(long)]
        name: String,
        /// Your email.
        #[arg(long)]
        email: String,
        #[command(flatten)]
        json: Json,
    },
}

#[derive(Subcommand, Debug)]
enum PeopleChange {
    /// Add a person's key (or change a person's email or role).
    Add {
        /// The person's name.
        name: String,
        /// Their email.
        #[arg(long)]
        email: String,
        /// admin, manager, editor or staff.
        #[arg(long)]
        role: policybook_core::people::Role,
        /// Their public key (`ssh-ed25519 AAAA…`, or a .pub file).
        #[arg(long)]
        key: String,
        #[command(flatten)]
        json: Json,
    },
    /// End a person's keys (by name or email), or one key (by fingerprint or public key), from a
    /// day; what they signed before stays valid.
    Remove {
        /// A name, email, fingerprint (SHA256:…) or public key.
        who: String,
        /// The first day the key is no longer valid (YYYY-MM-DD; default today).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        #[command(flatten)]
        json: Json,
    },
}

#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum MissingArg {
    Source,
    Skip,
}

#[derive(Args, Debug)]
struct ActArgs {
    /// The policy id.
    id: String,
    /// The language.
    #[arg(long)]
    lang: Lang,
    /// Who acts (default: this desk's identity in a signed handbook, else $POLICYBOOK_USER or
    /// $USER).
    #[arg(long)]
    by: Option<String>,
    /// The revision that was read: refused if it is no longer the newest (default: the newest,
    /// and the command says which it acted on).
    #[arg(long = "rev", value_name = "N")]
    rev: Option<u32>,
    #[command(flatten)]
    json: Json,
}

/// A failure to report: a message and the exit code.
struct Failure {
    message: String,
    code: u8,
}

impl From<policybook_core::Error> for Failure {
    fn from(e: policybook_core::Error) -> Self {
        let code = match e.kind() {
            ErrorKind::BadInput => 2,
            _ => 1,
        };
        // The core's message names no command or flag (the window shows it too); the command
        // line adds how to do what it asks here, where it has a way.
        let m = msg();
        let hint = format!("cli-hint-{}", e.code().replace(['.', '_'], "-"));
        let mut message = m.error(&e);
        if m.has(&hint) {
            message = format!("{message} {}", m.text(&hint));
        }
        Failure { message, code }
    }
}

/// The language of the command line's own messages: $POLICYBOOK_LOCALE, else the usual locale
/// variables (LC_ALL, LC_MESSAGES, LANG), else English.
fn ui_lang() -> Lang {
    ["POLICYBOOK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| v.parse().ok())
        .unwrap_or(Lang::En)
}

/// The command line's messages.
pub fn msg() -> &'static Messages {
    static M: std::sync::OnceLock<Messages> = std::sync::OnceLock::new();
    M.get_or_init(|| Messages::new(ui_lang()))
}

fn bad_input(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        code: 2,
    }
}

fn db_path(cli: &Cli) -> Result<PathBuf, Failure> {
    if let Some(p) = &cli.db {
        return Ok(p.clone());
    }
    let path = policybook_core::default_db_path().ok_or_else(|| Failure {
        message: "no data folder on this system: use --db FILE".into(),
        code: 1,
    })?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Failure {
            message: format!("{}: {e}", dir.display()),
            code: 1,
        })?;
    }
    Ok(path)
}

/// Who acts: the name given, else this desk's identity (by the people list's name for it), else
/// $POLICYBOOK_USER or $USER.
fn who(hb: &mut Handbook, given: &Option<String>) -> Result<String, Failure> {
    Ok(match given {
        Some(name) => name.clone(),
        None => match hb.whoami()? {
            Some(me) => me.name,
            None => user_name(),
        },
    })
}

/// `policybook verify-push`: git's pre-receive hook. Reads `<old> <new> <ref>` lines on standard
/// input; any refused commit is one line on standard error (git shows it to the pusher) and
/// exit 1, which refuses the whole push.
fn verify_push() -> Result<(), Failure> {
    let mut input = String::new();
    std::io::stdin()
        .take(1 << 20)
        .read_to_string(&mut input)
        .map_err(|e| bad_input(format!("standard input: {e}")))?;
    let refused = policybook_core::sync::verify::verify_push(&input).map_err(|e| Failure {
        message: e,
        code: 1,
    })?;
    if refused.is_empty() {
        return Ok(());
    }
    for r in &refused {
        eprintln!(
            "policybook: refused: {}",
            output::terminal_safe(&r.to_string())
        );
    }
    Err(Failure {
        message: format!("{} update(s) refused; nothing was changed", refused.len()),
        code: 1,
    })
}

fn user_name() -> String {
    std::env::var("POLICYBOOK_USER")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "unknown".to_string())
}

/// No panic reaches the user as a backtrace. A reader that stopped reading (`policybook log | head
/// -1`) is a normal end: writers panic on the closed pipe, and that ends the program
/// quietly with exit 0, as it would have ended had the reader read on. Any other panic is one
/// line on standard error and exit 1 (a write in progress is a transaction that SQLite rolls back).
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let text = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        // std's `println!` ("failed printing to stdout: Broken pipe") and clap_complete ("failed
        // to write completion file: … BrokenPipe") both panic on a closed standard output.
        if text.contains("Broken pipe") || text.contains("BrokenPipe") {
            std::process::exit(0);
        }
        let first = text.lines().next().unwrap_or("").escape_debug().to_string();
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("policybook: internal error: {first}{place}");
        std::process::exit(1);
    }));
}

fn main() -> ExitCode {
    quiet_panics();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // One line, like every other error: clap's first line, without its "error: " prefix.
            let text = e.render().to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or("bad usage")
                .trim_start_matches("error: ");
            eprintln!("policybook: {first} (see policybook --help)");
            return ExitCode::from(2);
        }
    };
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("policybook: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

fn print_json(value: &impl serde::Serialize) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("serialisable")
    );
}

/// The clock: the computer's, or the one `POLICYBOOK_NOW` stops.
fn clock() -> Result<Box<dyn Clock>, Failure> {
    let Some(v) = std::env::var_os("POLICYBOOK_NOW") else {
        return Ok(Box::new(SystemClock));
    };
    let v = v.to_string_lossy();
    let v = v.trim();
    if let Ok(d) = v.parse::<chrono::NaiveDate>() {
        return Ok(Box::new(FixedClock::on(d)));
    }
    match chrono::DateTime::parse_from_rfc3339(v) {
        Ok(t) => Ok(Box::new(FixedClock(t.to_utc()))),
        Err(_) => Err(Failure {
            message: format!(
                "POLICYBOOK_NOW must be a date (YYYY-MM-DD) or an RFC 3339 time, not {:?}",
                v.chars().take(40).collect::<String>()
            ),
            code: 2,
        }),
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    if let Command::Generate { what, dir } = &cli.command {
        // Needs no handbook.
        let out = &mut std::io::stdout().lock();
        return generate::write(*what, dir.as_deref(), out).map_err(|e| Failure {
            message: e.to_string(),
            code: 1,
        });
    }
    let path = db_path(cli)?;
    if let Command::Clone { url, json } = &cli.command {
        let report = Handbook::clone_remote(url, &path, clock()?)?.report;
        if json.json {
            print_json(&report);
        } else {
            output::sync(&report);
        }
        return Ok(());
    }
    if let Command::VerifyPush = &cli.command {
        // Runs in the remote's repository, as git's pre-receive hook: no handbook.
        return verify_push();
    }
    // A dry run writes nothing, not even a new, empty handbook.
    // Nor does making or showing an identity (it may come before a `clone`).
    let dry_run = matches!(
        cli.command,
        Command::Import { dry_run: true, .. } | Command::Identity { .. }
    );
    let mut hb = if dry_run && !path.exists() {
        Handbook::open_in_memory(clock()?)?
    } else {
        Handbook::open(&path, clock()?)?
    };
    hb.use_identity(policybook_core::identity::default_path());
    match &cli.command {
        Command::Import {
            paths,
            lang,
            author,
            split_level,
            category,
            accept_changes,
            no_pair,
            dry_run,
            json,
        } => {
            let opts = ImportOptions {
                lang: *lang,
                author: author.clone().unwrap_or_else(user_name),
            };
            let word = WordOptions {
                split_level: *split_level,
                category: category
                    .as_deref()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string),
                accept_changes: *accept_changes,
                pair: !*no_pair,
            };
            if *dry_run {
                let preview = hb.import_preview(paths, &opts, &word)?;
                if json.json {
                    print_json(&json!({ "policies": preview }));
                } else {
                    output::preview(&preview);
                }
                return Ok(());
            }
            let report = hb.import_with(paths, &opts, &word)?;
            if json.json {
                print_json(&report);
            } else {
                output::import(&report);
            }
        }
        Command::List { json } => {
            let list = hb.list()?;
            if json.json {
                print_json(&json!({ "policies": list }));
            } else {
                output::list(&list);
            }
        }
        Command::Show {
            id,
            lang,
            rev,
            as_of,
        } => {
            let r = match as_of {
                Some(day) => hb.show_as_of(id, *lang, *day)?,
                None => hb.show(id, *lang, *rev)?,
            };
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(r.body.as_bytes());
            let _ = out.flush();
        }
        Command::New {
            id,
            category,
            owner,
            review_every_months,
            lang,
            by,
            json,
        } => {
            let p = NewPolicy {
                id: id.clone(),
                category: category.clone(),
                owner: owner.clone(),
                review_every_months: *review_every_months,
                source_lang: *lang,
            };
            let by = who(&mut hb, by)?;
            hb.create_policy(&p, &by)?;
            if json.json {
                print_json(&json!({ "created": id }));
            } else {
                outln!("{}", msg().get("cli-created", &[("id", id.into())]));
            }
        }
        Command::Revise {
            id,
            lang,
            file,
            author,
            summary,
            title,
            source_rev,
            json,
        } => {
            let body = read_text(file)?;
            let draft = Draft {
                title: title.clone(),
                body,
                author: who(&mut hb, author)?,
                summary: summary.clone(),
                source_revision: *source_rev,
            };
            let n = hb.revise(id, *lang, &draft)?;
            if json.json {
                print_json(&json!({ "id": id, "lang": lang, "revision": n }));
            } else {
                let lang = lang.code();
                outln!(
                    "{}",
                    msg().get(
                        "cli-saved-draft",
                        &[
                            ("id", id.into()),
                            ("lang", lang.into()),
                            ("revision", n.into())
                        ]
                    )
                );
            }
        }
        Command::History { id, lang, json } => {
            let revs = hb.history(id, *lang)?;
            if json.json {
                print_json(&json!({ "revisions": revs }));
            } else {
                output::history(&revs);
            }
        }
        Command::Submit(a) => act(&mut hb, Action::Submit, a, None, None, false)?,
        Command::Approve {
            act: a,
            on,
            editorial,
        } => act(&mut hb, Action::Approve, a, *on, None, *editorial)?,
        Command::Reject { act: a, reason } => {
            act(&mut hb, Action::Reject, a, None, Some(reason), false)?
        }
        Command::Retire { id, by } => {
            let by = who(&mut hb, by)?;
            hb.retire(id, &by)?;
            outln!("{}", msg().get("cli-retired", &[("id", id.into())]));
        }
        Command::Due {
            as_of,
            within,
            ics,
            json,
        } => {
            let items = hb.due(*as_of, *within)?;
            if let Some(out) = ics {
                write_atomic(out, hb.due_ics(&items).as_bytes())?;
            }
            if json.json {
                print_json(&json!({ "due": items }));
            } else {
                output::due(&items);
            }
        }
        Command::Search {
            query,
            lang,
            limit,
            category,
            status,
            all_revisions,
            in_force,
            json,
        } => {
            let status = match status.as_deref() {
                None => None,
                Some(s) => Some(serde_json::from_value(json!(s)).map_err(|_| {
                    bad_input(format!(
                        "unknown status `{s}` (draft, in_review or approved)"
                    ))
                })?),
            };
            let q = SearchQuery {
                text: query.clone(),
                lang: *lang,
                categories: category.clone(),
                status,
                all_revisions: *all_revisions,
                in_force: *in_force,
                include_retired: false,
                limit: *limit,
            };
            let hits = hb.search(&q)?;
            if json.json {
                print_json(&json!({ "hits": hits }));
            } else {
                output::hits(&hits);
            }
        }
        Command::Diff {
            id,
            lang,
            from,
            to,
            docx,
            json,
        } => {
            let lang = match lang {
                Some(l) => *l,
                None => hb.policy(id)?.source_lang,
            };
            if let Some(out) = docx {
                let bytes = hb.redline(id, lang, *from, *to)?;
                write_atomic(out, &bytes)?;
            }
            if json.json {
                let d = hb.diff(id, lang, *from, *to)?;
                print_json(&json!({ "changes": d.changes }));
            } else if docx.is_none() {
                output::unified(&hb.diff(id, lang, *from, *to)?);
            }
        }
        Command::Translations { id, lang, json } => match (id, lang) {
            (Some(id), Some(lang)) => {
                let changes = hb.translation_changes(id, *lang)?;
                if json.json {
                    match &changes {
                        Some(c) => print_json(&json!({
                            "stale": true, "source": c.source, "from": c.from, "to": c.to, "changes": c.diff.changes
                        })),
                        None => print_json(&json!({ "stale": false })),
                    }
                } else {
                    match &changes {
                        Some(c) => output::unified(&c.diff),
                        None => outln!("{id} ({lang}) is up to date with its source."),
                    }
                }
            }
            _ => {
                let mut all = hb.translations()?;
                if let Some(id) = id {
                    all.retain(|t| &t.id == id);
                    if all.is_empty() {
                        hb.policy(id)?;
                    }
                }
                if json.json {
                    print_json(&json!({ "translations": all }));
                } else {
                    output::translations(&all);
                }
            }
        },
        Command::Export {
            lang,
            out,
            title,
            category,
            missing,
            no_embed_fonts,
            as_of,
            json,
        } => {
            use policybook_core::export::handbook::{HandbookOptions, Missing};
            use std::io::IsTerminal;
            let opts = HandbookOptions {
                lang: Some(*lang),
                title: title.clone(),
                categories: category.clone(),
                missing: match missing {
                    MissingArg::Source => Missing::Source,
                    MissingArg::Skip => Missing::Skip,
                },
                without_fonts: *no_embed_fonts,
                as_of: *as_of,
            };
            let tty = std::io::stderr().is_terminal();
            let mut progress = |done: usize, total: usize| {
                if tty {
                    let line = msg().get(
                        "cli-export-progress",
                        &[("done", done.into()), ("total", total.into())],
                    );
                    eprint!("\r{line}");
                }
            };
            let doc = hb.export_handbook(&opts, &mut progress);
            if tty {
                eprint!("\r\x1b[2K");
            }
            let doc = doc?;
            policybook_core::export::write_atomic(out, &doc.bytes)?;
            let count = doc.policies;
            let path = out.display().to_string();
            if json.json {
                print_json(&json!({ "out": path, "lang": lang, "policies": count }));
            } else {
                outln!(
                    "{}",
                    msg().get(
                        "cli-exported",
                        &[("path", (&path).into()), ("count", count.into())]
                    )
                );
            }
        }
        Command::Category {
            name,
            lang,
            title,
            by,
            json,
        } => {
            let titles = match (lang, title) {
                (Some(l), Some(t)) => {
                    let by = who(&mut hb, by)?;
                    hb.set_category_title(name, *l, t, &by)?
                }
                _ => hb.category_titles(name)?,
            };
            if json.json {
                print_json(&json!({ "category": name.trim(), "titles": titles }));
            } else {
                output::category_titles(&titles);
            }
        }
        Command::Set { key, value, by } => match value {
            Some(v) => {
                let by = who(&mut hb, by)?;
                hb.set_setting(key, v, &by)?
            }
            None => outln!("{}", hb.setting(key)?.unwrap_or_default()),
        },
        Command::Unread {
            as_name,
            lang,
            json,
        } => {
            let name = who(&mut hb, as_name)?;
            let list = hb.unread(&name, *lang)?;
            if json.json {
                print_json(&list);
            } else {
                output::unread(&list.person, &list.unread);
            }
        }
        Command::Ack {
            id,
            lang,
            rev,
            as_name,
            json,
        } => {
            let name = who(&mut hb, as_name)?;
            let done = hb.ack(id, *lang, *rev, &name)?;
            if json.json {
                print_json(&done);
            } else {
                output::acked(&done);
            }
        }
        Command::Acks {
            id,
            as_of,
            csv,
            docx,
            lang,
            json,
        } => {
            let report = hb.acks(id.as_deref(), *as_of)?;
            if let Some(out) = docx {
                let bytes = hb.acks_docx(&report, lang.unwrap_or(Lang::En))?;
                write_atomic(out, &bytes)?;
            }
            if json.json {
                print_json(&report);
            } else if *csv {
                print!("{}", policybook_core::acks::csv(&report));
            } else if docx.is_none() {
                output::acks(&report);
            }
        }
        Command::Audience {
            id,
            groups,
            everyone,
            by,
            json,
        } => {
            let audience = if *everyone || !groups.is_empty() {
                let by = who(&mut hb, by)?;
                hb.set_audience(id, groups, &by)?
            } else {
                hb.audience(id)?
            };
            if json.json {
                print_json(&json!({ "id": id, "audience": audience }));
            } else if audience.is_empty() {
                outln!(
                    "{}",
                    msg().get("cli-audience-everyone", &[("id", id.into())])
                );
            } else {
                let groups = audience.join(", ");
                outln!(
                    "{}",
                    msg().get(
                        "cli-audience",
                        &[("id", id.into()), ("groups", (&groups).into())]
                    )
                );
            }
        }
        Command::Readers { change, json } => {
            let json = match change {
                Some(ReadersChange::Set {
                    name,
                    groups,
                    since,
                    by,
                    json,
                }) => {
                    let by = who(&mut hb, by)?;
                    hb.set_groups(name, groups, &by, *since)?;
                    json
                }
                Some(ReadersChange::Remove { name, by, json }) => {
                    let by = who(&mut hb, by)?;
                    hb.remove_reader(name, &by)?;
                    json
                }
                None => json,
            };
            let readers = hb.readers()?;
            if json.json {
                print_json(&json!({ "readers": readers }));
            } else {
                output::readers(&readers);
            }
        }
        Command::Image { file, json } => {
            let bytes =
                policybook_core::import::read_file(file, policybook_core::images::MAX_BYTES as u64)
                    .map_err(policybook_core::Error::from)?;
            let img = hb.add_image(&bytes)?;
            if json.json {
                print_json(&img);
            } else {
                let alt = file
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("")
                    .replace(['[', ']', '\\'], " ");
                outln!("![{}]({})", alt.trim(), img.url);
            }
        }
        Command::Reindex => {
            let n = hb.reindex()?;
            outln!(
                "{}",
                msg().get("cli-reindexed", &[("count", (n as i64).into())])
            );
        }
        Command::Log { id, json } => {
            let entries = hb.log(id.as_deref())?;
            if json.json {
                print_json(&json!({ "log": entries }));
            } else {
                output::log(&entries);
            }
        }
        Command::Check { json } => {
            let problems = hb.check()?;
            if json.json {
                print_json(&json!({ "ok": problems.is_empty(), "problems": problems }));
            } else if problems.is_empty() {
                outln!("{}", msg().text("cli-intact"));
            } else {
                for p in &problems {
                    outln!("{p}");
                }
            }
            if !problems.is_empty() {
                return Err(Failure {
                    message: msg().get("cli-problems", &[("count", problems.len().into())]),
                    code: 1,
                });
            }
        }
        Command::Remote { change, json } => {
            let json = match change {
                None => json.json,
                Some(RemoteChange::Set { url, json: j }) => {
                    hb.set_remote(url)?;
                    json.json || j.json
                }
                Some(RemoteChange::Clear { json: j }) => {
                    hb.clear_remote()?;
                    json.json || j.json
                }
            };
            let remote = hb.remote()?;
            if json {
                let waiting = hb.sync_state()?.waiting;
                print_json(&json!({ "remote": remote, "waiting": waiting }));
            } else {
                match remote {
                    Some(r) => outln!("{r}"),
                    None => outln!("{}", msg().text("cli-no-remote")),
                }
            }
        }
        Command::Clone { .. } => unreachable!("handled before opening"),
        Command::Sync { json } => {
            let report = hb.sync()?;
            if json.json {
                print_json(&report);
            } else {
                output::sync(&report);
            }
        }
        Command::Conflicts { json } => {
            let conflicts = hb.conflicts()?;
            if json.json {
                print_json(&json!({ "conflicts": conflicts }));
            } else {
                output::conflicts(&conflicts);
            }
        }
        Command::Identity { change, json } => {
            let (me, j) = match change {
                Some(IdentityChange::New {
                    name,
                    email,
                    json: j,
                }) => (Some(hb.new_identity(name, email)?), j.json),
                None => (hb.whoami()?, false),
            };
            if json.json || j {
                print_json(&json!({ "identity": me }));
            } else {
                match me {
                    Some(me) => output::whoami(&me),
                    None => {
                        return Err(Failure::from(policybook_core::Error::from(
                            policybook_core::identity::IdentityError::None,
                        )))
                    }
                }
            }
        }
        Command::People {
            change,
            allowed_signers,
            json,
        } => {
            let j = match change {
                Some(PeopleChange::Add {
                    name,
                    email,
                    role,
                    key,
                    json: j,
                }) => {
                    // A public key, or a .pub file (a regular file of at most 64 KB).
                    let key = match policybook_core::import::read_file(
                        std::path::Path::new(key),
                        64 * 1024,
                    ) {
                        Ok(bytes) if !key.trim_start().starts_with("ssh-") => {
                            String::from_utf8_lossy(&bytes).into_owned()
                        }
                        _ => key.clone(),
                    };
                    hb.add_person(name, email, *role, &key)?;
                    j.json
                }
                Some(PeopleChange::Remove { who, from, json: j }) => {
                    hb.remove_person(who, *from)?;
                    j.json
                }
                None => false,
            };
            if *allowed_signers {
                print!("{}", hb.allowed_signers()?);
            } else if json.json || j {
                // Each key with the reference its acknowledgements travel on (for a forge's
                // branch rules).
                let people: Vec<serde_json::Value> = hb
                    .people()?
                    .into_iter()
                    .map(|p| {
                        let mut v = json!(p);
                        v["ack_ref"] = json!(policybook_core::sync::record::ack_ref_for_key(
                            &p.fingerprint
                        ));
                        v
                    })
                    .collect();
                print_json(&json!({ "people": people }));
            } else {
                output::people(&hb.people()?);
            }
        }
        Command::VerifyPush => unreachable!("handled before opening"),
        Command::Demo { if_empty, json } => {
            let count = if *if_empty && !hb.is_empty()? {
                0
            } else {
                hb.install_demo()?
            };
            if json.json {
                print_json(&json!({ "imported": count }));
            } else if count > 0 {
                outln!("{}", msg().get("cli-demo", &[("count", count.into())]));
            }
        }
        Command::Backup { out } => {
            if out.exists() {
                return Err(bad_input(format!(
                    "{} exists already; choose a new file",
                    out.display()
                )));
            }
            hb.backup(out)?;
            let path = out.display().to_string();
            outln!("{}", msg().get("cli-backup", &[("path", (&path).into())]));
        }
        // Answered above, before a handbook is opened.
        Command::Generate { .. } => {}
    }
    Ok(())
}

fn act(
    hb: &mut Handbook,
    action: Action,
    a: &ActArgs,
    on: Option<chrono::NaiveDate>,
    reason: Option<&str>,
    editorial: bool,
) -> Result<(), Failure> {
    let by = who(hb, &a.by)?;
    let n = hb.act(action, &a.id, a.lang, a.rev, &by, on, reason, editorial)?;
    let state = match action {
        Action::Submit => "in_review",
        Action::Approve => "approved",
        Action::Reject => "draft",
    };
    if a.json.json {
        let mut out = json!({ "id": a.id, "lang": a.lang, "revision": n, "status": state });
        if action == Action::Approve {
            out["editorial"] = json!(editorial);
        }
        print_json(&out);
    } else {
        let id = match action {
            Action::Submit => "cli-submitted",
            Action::Approve => "cli-approved",
            Action::Reject => "cli-rejected",
        };
        let args = [
            ("id", (&a.id).into()),
            ("lang", a.lang.code().into()),
            ("revision", n.into()),
        ];
        outln!("{}", msg().get(id, &args));
    }
    Ok(())
}

/// Reads a UTF-8 text file, or standard input for `-`, of at most the largest size a policy can be.
fn read_text(path: &std::path::Path) -> Result<String, Failure> {
    use policybook_core::import::{too_large, MAX_FILE_BYTES};
    let shown = path.display().to_string();
    let too_large =
        |size: u64| Failure::from(policybook_core::Error::from(too_large(&shown, size)));
    let bytes = if shown == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut b)
            .map_err(|e| bad_input(format!("standard input: {e}")))?;
        b
    } else {
        policybook_core::import::read_file(path, MAX_FILE_BYTES)
            .map_err(|e| Failure::from(policybook_core::Error::from(e)))?
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = policybook_core::import::utf8(&shown, &bytes)
        .map_err(|e| Failure::from(policybook_core::Error::from(e)))?;
    Ok(text.to_string())
}

/// Writes a file through a temporary name and a rename, so a failure never leaves half a file.
fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<(), Failure> {
    Ok(policybook_core::export::write_atomic(path, bytes)?)
}
