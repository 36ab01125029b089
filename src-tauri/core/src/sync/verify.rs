//! What arrives is checked before it is applied: every new commit of the remote's branch, oldest
//! first, against the handbook as its parent left it.
//!
//! Every commit, signed handbook or not: records are appended to, never rewritten or removed,
//! and each new line keeps the rules of the workflow ([`Replay`]).
//!
//! A *signed* handbook (its tree has `.policybook/people.jsonl`) asks more of each commit:
//! - an SSH signature (git's `gpgsig` header, namespace `git`) that matches the commit's content;
//! - by a key of the people list as the parent left it, still valid on the commit's date;
//! - an author (name or email) that is the key's person;
//! - each new action recorded by that person with that key (a draft made with plain git and
//!   brought in by another desk keeps the key that signed its commit), within their role;
//! - a change of the people list by an admin;
//! - an approval by a key (and a person) other than the one that wrote the revision.
//!
//! The commit that first adds the people list is signed by an admin it names: it vouches for the
//! history before it. The same checks run on a server as `policybook verify-push`.

use super::record::{self, Event, PathKind, Replay, What};
use crate::people::{by_fingerprint, Person, Role};
use crate::review::person_key;
use git2::{Commit, Oid, Repository};
use std::collections::HashMap;
use std::path::Path;

/// A commit that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The commit (12 hex digits).
    pub commit: String,
    /// Why, in one line.
    pub reason: String,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "commit {}: {}", self.commit, self.reason)
    }
}

/// What a range of commits brings: how many commits were checked, and how many were signed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checked {
    /// Commits checked.
    pub commits: usize,
    /// Of which signed and verified.
    pub signed: usize,
}

/// Checks the commits of `new` that `old` has not (all of them if `old` is `None`), oldest first.
/// `Err` names the first commit that breaks a rule; a failure of git itself is `Err` too.
pub fn check_range(repo: &Repository, old: Option<Oid>, new: Oid) -> Result<Checked, Refused> {
    let path = repo.path().to_path_buf();
    check_range_with(repo, old, new, move || Repository::open(&path))
}

/// [`check_range`], with `open` giving a second handle on the repository: signatures are checked
/// on a second thread, ahead of the rules (which follow the history in order) on this one.
fn check_range_with(
    repo: &Repository,
    old: Option<Oid>,
    new: Oid,
    open: impl FnOnce() -> Result<Repository, git2::Error> + Send,
) -> Result<Checked, Refused> {
    let fail = |e: git2::Error| Refused {
        commit: short(new),
        reason: format!("cannot be read: {}", e.message()),
    };
    // libgit2 hashes every object again each time it reads one (collision-detecting SHA-1: a
    // quarter of this check's time). Each object's id was computed from its content when it
    // came in (git's index-pack, libgit2's indexer on fetch), which is what the signatures
    // bind; reading it again need not repeat that.
    git2::opts::strict_hash_verification(false);
    let mut walk = repo.revwalk().map_err(fail)?;
    walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
        .map_err(fail)?;
    walk.push(new).map_err(fail)?;
    if let Some(o) = old {
        walk.hide(o).map_err(fail)?;
    }
    let oids: Vec<Oid> = walk.collect::<Result<_, _>>().map_err(fail)?;
    let mut v = Verifier {
        repo,
        at: None,
        people: Vec::new(),
        replays: HashMap::new(),
        texts: HashMap::new(),
    };
    let mut checked = Checked::default();
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Signed>(1024);
        let list = &oids;
        scope.spawn(move || {
            let Ok(second) = open() else { return };
            for oid in list {
                if tx.send(signer_of(&second, *oid)).is_err() {
                    return;
                }
            }
        });
        for oid in &oids {
            // From the second thread when it could open the repository, else here.
            let signed = rx.recv().unwrap_or_else(|_| signer_of(repo, *oid));
            let was_signed = v.check(*oid, signed).map_err(|reason| Refused {
                commit: short(*oid),
                reason,
            })?;
            checked.commits += 1;
            checked.signed += usize::from(was_signed);
        }
        Ok(checked)
    })
}

/// A commit's signer: the fingerprint of the key whose SSH signature matches it, or why not.
type Signed = Result<String, String>;

fn signer_of(repo: &Repository, oid: Oid) -> Signed {
    let (sig, data) = repo
        .extract_signature(&oid, None)
        .map_err(|_| "not signed (a signed handbook takes signed commits only)".to_string())?;
    if !sig.starts_with(b"-----BEGIN SSH SIGNATURE-----") {
        return Err("signed, but not with an SSH key (gpg.format=ssh)".into());
    }
    crate::identity::verify(crate::identity::GIT_NAMESPACE, &data, &sig)
}

fn short(oid: Oid) -> String {
    oid.to_string()[..12].to_string()
}

/// The state of the handbook as of one commit, kept from one commit to its child.
struct Verifier<'r> {
    repo: &'r Repository,
    /// The commit the state below reflects.
    at: Option<Oid>,
    /// The people list.
    people: Vec<Person>,
    /// The policies' records replayed (loaded when first needed).
    replays: HashMap<String, Replay>,
    /// The records' texts as last read, by path, with their blob ids.
    texts: HashMap<String, (Oid, Vec<u8>)>,
}

fn git(e: git2::Error) -> String {
    format!("cannot be read: {}", e.message())
}

impl Verifier<'_> {
    fn blob(&self, commit: Option<&Commit<'_>>, path: &str) -> Result<Option<Vec<u8>>, String> {
        let Some(c) = commit else { return Ok(None) };
        let tree = c.tree().map_err(git)?;
        match tree.get_path(Path::new(path)) {
            Ok(entry) => {
                let blob = self.repo.find_blob(entry.id()).map_err(git)?;
                Ok(Some(blob.content().to_vec()))
            }
            Err(_) => Ok(None),
        }
    }

    /// Makes the state reflect `parent` (the state of the previous commit when the history is a
    /// line, else read again).
    fn move_to(&mut self, parent: Option<&Commit<'_>>) -> Result<(), String> {
        let id = parent.map(|p| p.id());
        if self.at == id && (id.is_some() || self.people.is_empty()) {
            return Ok(());
        }
        self.replays.clear();
        self.people = match self.blob(parent, record::PEOPLE_PATH)? {
            Some(b) => {
                let events =
                    record::parse_record(record::PEOPLE_PATH, &b).map_err(|e| e.to_string())?;
                record::replay_people(record::PEOPLE_PATH, &events).map_err(|e| e.to_string())?
            }
            None => Vec::new(),
        };
        self.at = id;
        Ok(())
    }

    /// Checks one commit (`signed`: who signed it) and moves the state past it; whether it was
    /// signed.
    fn check(&mut self, oid: Oid, signed: Signed) -> Result<bool, String> {
        let c = self.repo.find_commit(oid).map_err(git)?;
        let parent = if c.parent_count() > 0 {
            Some(c.parent(0).map_err(git)?)
        } else {
            None
        };
        self.move_to(parent.as_ref())?;
        let before_people = self.people.clone();
        let signed_before = !before_people.is_empty();
        if signed_before && c.parent_count() > 1 {
            return Err(
                "a merge commit: a signed handbook's history is a line (rebase instead)".into(),
            );
        }
        let policybook = c
            .message_raw()
            .is_ok_and(|m| m.contains("\nPolicybook-Action: "));

        // What the commit changes.
        let tree = c.tree().map_err(git)?;
        let parent_tree = match &parent {
            Some(p) => Some(p.tree().map_err(git)?),
            None => None,
        };
        let mut changes = Vec::new();
        changed(
            self.repo,
            parent_tree.as_ref(),
            Some(&tree),
            "",
            0,
            &mut changes,
        )?;
        let mut new_events: Vec<Event> = Vec::new();
        let mut people_changed = false;
        let mut markdown = 0usize;
        for (path, old_id, new_id) in changes {
            let kind = record::path_kind(&path);
            if matches!(kind, PathKind::Other) && path != record::FORMAT_PATH {
                continue;
            }
            if let PathKind::Image(h) = &kind {
                // Named by its bytes, so never rewritten; kept, so never removed.
                let Some(id) = new_id else {
                    return Err(format!("removes {path}"));
                };
                let blob = self.repo.find_blob(id).map_err(git)?;
                if crate::images::hash(blob.content()) != *h
                    || crate::images::inspect(blob.content()).is_err()
                {
                    return Err(format!(
                        "{path} is not the PNG or JPEG picture its name says"
                    ));
                }
                continue;
            }
            if new_id.is_none() || (path == record::FORMAT_PATH && parent.is_some()) {
                return Err(format!("removes or rewrites {path}"));
            }
            if let PathKind::Markdown(..) = kind {
                if !policybook {
                    markdown += 1;
                }
                continue;
            }
            if path == record::FORMAT_PATH {
                continue;
            }
            // The old text is most often the new text of the record's previous change.
            let old = match (old_id, self.texts.remove(&path)) {
                (None, _) => Vec::new(),
                (Some(id), Some((had, bytes))) if had == id => bytes,
                (Some(id), _) => self.repo.find_blob(id).map_err(git)?.content().to_vec(),
            };
            let new_id = new_id.expect("not removed");
            let new = self.repo.find_blob(new_id).map_err(git)?.content().to_vec();
            if !new.starts_with(&old) {
                return Err(format!("rewrites {path} instead of appending to it"));
            }
            let fresh =
                record::parse_record(&path, &new[old.len()..]).map_err(|e| e.to_string())?;
            match kind {
                PathKind::Record(id) => {
                    if !self.replays.contains_key(&id) {
                        let all = record::parse_record(&path, &old).map_err(|e| e.to_string())?;
                        let r = Replay::of(&path, &id, &all).map_err(|e| e.to_string())?;
                        self.replays.insert(id.clone(), r);
                    }
                    let r = self.replays.get_mut(&id).expect("just loaded");
                    for e in &fresh {
                        r.apply(&id, e).map_err(|why| format!("{path}: {why}"))?;
                        if let What::Approve { lang, revision, .. } = &e.what {
                            let author_key =
                                r.langs[lang][*revision as usize - 1].author_key.clone();
                            four_eyes(&before_people, author_key.as_deref(), e)?;
                        }
                    }
                }
                PathKind::Settings => {
                    record::check_settings(&path, &fresh).map_err(|e| e.to_string())?;
                }
                PathKind::People => {
                    people_changed = true;
                    for e in &fresh {
                        record::apply_people(&mut self.people, e)
                            .map_err(|why| format!("{path}: {why}"))?;
                    }
                }
                _ => {}
            }
            new_events.extend(fresh);
            self.texts.insert(path, (new_id, new));
        }
        self.at = Some(oid);

        let signers: &[Person] = if signed_before {
            &before_people
        } else if !self.people.is_empty() {
            // The commit that makes the handbook signed: signed by an admin it names.
            &self.people
        } else {
            return Ok(false);
        };
        if signed_before && self.people.is_empty() {
            return Err("removes the people list".into());
        }

        // The signature.
        let fp = signed?;
        let Some(person) = by_fingerprint(signers, &fp) else {
            return Err(format!(
                "signed by the key {fp}, which is not in the handbook's people list"
            ));
        };
        let day = chrono::DateTime::from_timestamp(c.committer().when().seconds(), 0)
            .unwrap_or_default()
            .date_naive();
        if !person.valid_on(day) {
            return Err(format!(
                "signed on {day} with {}'s key {fp}, removed from {}",
                person.name,
                person.removed_from.expect("removed")
            ));
        }
        let author = c.author();
        let author_name = author.name().unwrap_or("");
        let author_email = author.email().unwrap_or("");
        if person_key(author_name) != person_key(&person.name)
            && !author_email.eq_ignore_ascii_case(&person.email)
        {
            return Err(format!(
                "made as {author_name} <{author_email}> but signed with {}'s key {fp}",
                person.name
            ));
        }
        if !signed_before {
            if person.role != Role::Admin {
                return Err(format!(
                    "makes the handbook signed, but {} is {}, not an admin",
                    person.name, person.role
                ));
            }
            return Ok(true);
        }
        if people_changed && person.role != Role::Admin {
            return Err(format!(
                "changes the people list, but {} is {}, not an admin",
                person.name, person.role
            ));
        }
        if markdown > 0 && !person.role.may("revise") {
            return Err(format!(
                "edits a policy, but {} is {}: a {} may not revise",
                person.name, person.role, person.role
            ));
        }
        for e in &new_events {
            let (who, key) = match &e.what {
                What::Revise { via: Some(via), .. } => {
                    // A draft made with plain git, brought in by this desk: its own signer.
                    let k = e.by_key.as_deref().ok_or_else(|| {
                        format!("event {}: a draft made with git, without its key", e.id)
                    })?;
                    let made = via_signer(self.repo, via)?;
                    if made != k {
                        return Err(format!(
                            "event {}: the draft {via} was signed by {made}, not by {k}",
                            e.id
                        ));
                    }
                    let p = by_fingerprint(signers, k).ok_or_else(|| {
                        format!("event {}: the key {k} is not in the people list", e.id)
                    })?;
                    (p, k.to_string())
                }
                _ => (person, fp.clone()),
            };
            if e.by_key.as_deref() != Some(key.as_str()) {
                return Err(format!(
                    "event {} claims the key {}, but is signed with {}'s key {key}",
                    e.id,
                    e.by_key.as_deref().unwrap_or("(none)"),
                    who.name
                ));
            }
            if person_key(&e.by) != person_key(&who.name) {
                return Err(format!(
                    "event {} is recorded as by {}, but signed with {}'s key {key}",
                    e.id, e.by, who.name
                ));
            }
            if !who.role.may(e.action()) {
                return Err(format!(
                    "{} is {}: a {} may not {} (event {})",
                    who.name,
                    who.role,
                    who.role,
                    e.action(),
                    e.id
                ));
            }
        }
        Ok(true)
    }
}

/// The files that differ between two trees, as (path, old blob, new blob), descending only into
/// the folders that changed (a handbook's files lie at most three folders deep). Faster than a
/// diff, which this check would run 10,000 times on a clone.
fn changed(
    repo: &Repository,
    old: Option<&git2::Tree<'_>>,
    new: Option<&git2::Tree<'_>>,
    prefix: &str,
    depth: usize,
    out: &mut Vec<(String, Option<Oid>, Option<Oid>)>,
) -> Result<(), String> {
    use git2::ObjectType;
    if depth > 3 {
        return Ok(());
    }
    let sub = |id: Oid| repo.find_tree(id).map_err(git);
    let mut visit = |name: &str,
                     o: Option<(Oid, Option<ObjectType>)>,
                     n: Option<(Oid, Option<ObjectType>)>|
     -> Result<(), String> {
        if o.map(|x| x.0) == n.map(|x| x.0) {
            return Ok(());
        }
        let path = format!("{prefix}{name}");
        let is_tree = |x: Option<(Oid, Option<ObjectType>)>| {
            x.is_some_and(|(_, k)| k == Some(ObjectType::Tree))
        };
        if is_tree(o) || is_tree(n) {
            let ot = match o.filter(|_| is_tree(o)) {
                Some((id, _)) => Some(sub(id)?),
                None => None,
            };
            let nt = match n.filter(|_| is_tree(n)) {
                Some((id, _)) => Some(sub(id)?),
                None => None,
            };
            changed(
                repo,
                ot.as_ref(),
                nt.as_ref(),
                &format!("{path}/"),
                depth + 1,
                out,
            )?;
        }
        let blob = |x: Option<(Oid, Option<ObjectType>)>| {
            x.filter(|(_, k)| *k == Some(ObjectType::Blob))
                .map(|(id, _)| id)
        };
        if blob(o).is_some() || blob(n).is_some() {
            out.push((path, blob(o), blob(n)));
        }
        Ok(())
    };
    if let Some(n) = new {
        for e in n.iter() {
            let name = e.name().unwrap_or("");
            let o = old
                .and_then(|t| t.get_name(name))
                .map(|x| (x.id(), x.kind()));
            visit(name, o, Some((e.id(), e.kind())))?;
        }
    }
    if let Some(o) = old {
        for e in o.iter() {
            let name = e.name().unwrap_or("");
            if new.and_then(|t| t.get_name(name)).is_none() {
                visit(name, Some((e.id(), e.kind())), None)?;
            }
        }
    }
    Ok(())
}

/// An approval by the person (any of their keys, or their email) who wrote the revision.
fn four_eyes(people: &[Person], author_key: Option<&str>, e: &Event) -> Result<(), String> {
    let (Some(ak), Some(k)) = (author_key, e.by_key.as_deref()) else {
        return Ok(());
    };
    let (Some(a), Some(b)) = (by_fingerprint(people, ak), by_fingerprint(people, k)) else {
        return Ok(());
    };
    if person_key(&a.name) == person_key(&b.name) || a.email.eq_ignore_ascii_case(&b.email) {
        return Err(format!(
            "event {}: {} approves a revision written by {} ({}), the same person",
            e.id, b.name, a.name, a.email
        ));
    }
    Ok(())
}

/// The fingerprint of the key that signed the commit a plain-git draft came from.
pub fn via_signer(repo: &Repository, via: &str) -> Result<String, String> {
    let oid = via
        .strip_prefix("git:")
        .and_then(|r| r.split(':').next())
        .and_then(|h| Oid::from_str(h).ok())
        .ok_or_else(|| format!("`{via}` names no commit"))?;
    signer_of(repo, oid).map_err(|why| format!("the draft's commit {}: {why}", short(oid)))
}

/// The checks of a `pre-receive` hook, in the repository git runs it in (`$GIT_DIR`, with the
/// pushed objects in quarantine): `input` is the hook's standard input, one `<old> <new> <ref>`
/// line per reference. The handbook's branch may only move forward, through commits that
/// [`check_range`] accepts; other references are left to the server.
pub fn verify_push(input: &str) -> Result<Vec<Refused>, String> {
    let repo = Repository::open_from_env()
        .map_err(|e| format!("not run in a git repository: {}", e.message()))?;
    let mut refused = Vec::new();
    for line in input.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [old, new, name] = parts[..] else {
            return Err(format!(
                "`{}` is not a pre-receive line",
                line.escape_debug()
            ));
        };
        let parse = |h: &str| {
            Oid::from_str(h).map_err(|_| format!("`{}` is not a commit id", h.escape_debug()))
        };
        if name.starts_with(record::ACK_REFS) {
            let (old, new) = (parse(old)?, parse(new)?);
            if new.is_zero() {
                refused.push(Refused {
                    commit: short(old),
                    reason: format!("deletes {name}, a reader's acknowledgements"),
                });
                continue;
            }
            let (people, names) = server_people(&repo)?;
            let old = (!old.is_zero()).then_some(old);
            if let Err(r) = check_ack_range(&repo, name, old, new, &people, &names).all() {
                refused.push(r);
            }
            continue;
        }
        if name != super::git::BRANCH {
            continue;
        }
        let (old, new) = (parse(old)?, parse(new)?);
        if new.is_zero() {
            refused.push(Refused {
                commit: short(old),
                reason: "deletes the handbook's branch".into(),
            });
            continue;
        }
        let old = (!old.is_zero()).then_some(old);
        if let Some(o) = old {
            if o != new && !repo.graph_descendant_of(new, o).unwrap_or(false) {
                refused.push(Refused {
                    commit: short(new),
                    reason: format!(
                        "rewrites the handbook's history (it does not contain {})",
                        short(o)
                    ),
                });
                continue;
            }
        }
        if let Err(r) = check_range_with(&repo, old, new, Repository::open_from_env) {
            refused.push(r);
        }
    }
    Ok(refused)
}

/// The names each key was listed under, over the whole people record (a person renamed keeps
/// what they signed under their earlier name).
pub fn names_by_key(people_record: &[Event]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for e in people_record {
        if let What::Person {
            public_key, name, ..
        } = &e.what
        {
            if let Ok(id) = crate::identity::PublicId::parse(public_key) {
                out.entry(id.fingerprint)
                    .or_default()
                    .push(person_key(name));
            }
        }
    }
    out
}

/// What a reader's reference brings: the acknowledgements of the commits that keep the rules,
/// up to the first that does not (a forgery stops there; what came before it stands).
#[derive(Debug, Default)]
pub struct AckRange {
    /// The acknowledgements, oldest first.
    pub good: Vec<Event>,
    /// The last commit that keeps the rules.
    pub good_tip: Option<Oid>,
    /// The first commit that does not, and why.
    pub refused: Option<Refused>,
}

impl AckRange {
    /// Everything kept the rules, or the first refusal.
    pub fn all(self) -> Result<Vec<Event>, Refused> {
        match self.refused {
            Some(r) => Err(r),
            None => Ok(self.good),
        }
    }
}

/// Checks the commits of a reader's acknowledgement reference `name` from `old` (exclusive) to
/// `new`, oldest first, and returns the acknowledgements they add. Such a reference holds one
/// file, `acks.jsonl`, appended to in a line of commits; in a signed handbook (`people` not
/// empty) every commit is signed by a listed key valid on its day, the reference is that key's
/// and every line is that person's; in one without people every line is by the reference's
/// name.
pub fn check_ack_range(
    repo: &Repository,
    name: &str,
    old: Option<Oid>,
    new: Oid,
    people: &[Person],
    names: &HashMap<String, Vec<String>>,
) -> AckRange {
    let mut range = AckRange::default();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    if let Err(r) = ack_commits(repo, name, old, new, people, names, &mut range, &mut seen) {
        range.refused = Some(r);
    }
    range
}

#[allow(clippy::too_many_arguments)]
fn ack_commits(
    repo: &Repository,
    name: &str,
    old: Option<Oid>,
    new: Oid,
    people: &[Person],
    names: &HashMap<String, Vec<String>>,
    range: &mut AckRange,
    seen: &mut std::collections::HashSet<String>,
) -> Result<(), Refused> {
    let fail = |e: git2::Error| Refused {
        commit: short(new),
        reason: format!("cannot be read: {}", e.message()),
    };
    if !name.starts_with(record::ACK_REFS) {
        return Err(Refused {
            commit: short(new),
            reason: format!("{name} is not an acknowledgement reference"),
        });
    }
    if let Some(o) = old {
        if o != new && !repo.graph_descendant_of(new, o).unwrap_or(false) {
            return Err(Refused {
                commit: short(new),
                reason: format!("{name} was rewritten (it no longer contains {})", short(o)),
            });
        }
    }
    let mut walk = repo.revwalk().map_err(fail)?;
    walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
        .map_err(fail)?;
    walk.push(new).map_err(fail)?;
    if let Some(o) = old {
        walk.hide(o).map_err(fail)?;
    }
    for oid in walk {
        let oid = oid.map_err(fail)?;
        let refuse = |reason: String| Refused {
            commit: short(oid),
            reason,
        };
        let c = repo.find_commit(oid).map_err(fail)?;
        if c.parent_count() > 1 {
            return Err(refuse(format!(
                "{name}: a merge commit (a reader's record is a line)"
            )));
        }
        let text = |commit: &Commit<'_>| -> Result<Vec<u8>, Refused> {
            let tree = commit.tree().map_err(fail)?;
            if tree.len() != 1 || tree.get_name(record::ACKS_PATH).is_none() {
                return Err(refuse(format!(
                    "{name} holds other files than {}",
                    record::ACKS_PATH
                )));
            }
            let entry = tree.get_name(record::ACKS_PATH).expect("checked");
            let blob = repo
                .find_blob(entry.id())
                .map_err(|_| refuse(format!("{name}: {} is not a file", record::ACKS_PATH)))?;
            Ok(blob.content().to_vec())
        };
        let now = text(&c)?;
        let before = match c.parent_count() {
            0 => Vec::new(),
            _ => text(&c.parent(0).map_err(fail)?)?,
        };
        if !now.starts_with(&before) {
            return Err(refuse(format!(
                "{name}: rewrites {} instead of appending to it",
                record::ACKS_PATH
            )));
        }
        let fresh = record::parse_record(record::ACKS_PATH, &now[before.len()..])
            .map_err(|e| refuse(format!("{name}: {e}")))?;
        let signer = if people.is_empty() {
            None
        } else {
            let fp = signer_of(repo, oid).map_err(refuse)?;
            let Some(p) = by_fingerprint(people, &fp) else {
                return Err(refuse(format!(
                    "signed by the key {fp}, which is not in the handbook's people list"
                )));
            };
            let day = chrono::DateTime::from_timestamp(c.committer().when().seconds(), 0)
                .unwrap_or_default()
                .date_naive();
            if !p.valid_on(day) {
                return Err(refuse(format!(
                    "signed on {day} with {}'s key {fp}, removed from {}",
                    p.name,
                    p.removed_from.expect("removed")
                )));
            }
            if record::ack_ref_for_key(&fp) != name {
                return Err(refuse(format!(
                    "{}'s key {fp} writes to {name}, another reader's reference",
                    p.name
                )));
            }
            Some((p, fp))
        };
        let mut lines = Vec::new();
        for e in fresh {
            let what = format!("event {}", e.id);
            let (What::Ack { revision, .. }, Some(id)) = (&e.what, &e.policy) else {
                return Err(refuse(format!("{name}: {what} is not an acknowledgement")));
            };
            if crate::store::validate_id(id).is_err() || *revision == 0 {
                return Err(refuse(format!("{name}: {what} names no policy revision")));
            }
            if chrono::DateTime::parse_from_rfc3339(&e.at).is_err() || e.by.trim().is_empty() {
                return Err(refuse(format!("{name}: {what} has no time or person")));
            }
            if !seen.insert(e.id.clone()) {
                return Err(refuse(format!("{name}: {what} twice")));
            }
            match &signer {
                Some((p, fp)) => {
                    if e.by_key.as_deref() != Some(fp.as_str()) {
                        return Err(refuse(format!(
                            "{what} claims the key {}, but is signed with {}'s key {fp}",
                            e.by_key.as_deref().unwrap_or("(none)"),
                            p.name
                        )));
                    }
                    let by = person_key(&e.by);
                    let known =
                        by == person_key(&p.name) || names.get(fp).is_some_and(|n| n.contains(&by));
                    if !known {
                        return Err(refuse(format!(
                            "{what} is recorded as by {}, but signed with {}'s key {fp}",
                            e.by, p.name
                        )));
                    }
                }
                None => {
                    if record::ack_ref_for_name(&e.by) != name {
                        return Err(refuse(format!(
                            "{what} is by {}, written to another reader's reference {name}",
                            e.by
                        )));
                    }
                }
            }
            lines.push(e);
        }
        range.good.extend(lines);
        range.good_tip = Some(oid);
    }
    Ok(())
}

/// The people list (and the names each key had) as the server's handbook branch has it.
pub(crate) type PeopleAndNames = (Vec<Person>, HashMap<String, Vec<String>>);

fn server_people(repo: &Repository) -> Result<PeopleAndNames, String> {
    let Ok(tip) = repo.refname_to_id(super::git::BRANCH) else {
        return Ok((Vec::new(), HashMap::new()));
    };
    let c = repo
        .find_commit(tip)
        .map_err(|e| format!("the handbook's branch cannot be read: {}", e.message()))?;
    let tree = c.tree().map_err(|e| e.message().to_string())?;
    let Ok(entry) = tree.get_path(Path::new(record::PEOPLE_PATH)) else {
        return Ok((Vec::new(), HashMap::new()));
    };
    let blob = repo
        .find_blob(entry.id())
        .map_err(|e| e.message().to_string())?;
    let events =
        record::parse_record(record::PEOPLE_PATH, blob.content()).map_err(|e| e.to_string())?;
    let people = record::replay_people(record::PEOPLE_PATH, &events).map_err(|e| e.to_string())?;
    Ok((people, names_by_key(&events)))
}
