//! The database schema, as migrations applied in order on open (tracked by `PRAGMA user_version`).

/// Each entry moves the schema one version up. Never edit a released entry: add a new one.
pub const MIGRATIONS: &[&str] = &[
    // 1: policies, revisions, review state, the hash-chained audit log, settings.
    // The app never updates or deletes a revision or a log entry; `check` finds any such change
    // made behind its back (triggers would only stop honest tools, not a determined editor).
    r#"
    CREATE TABLE policy (
        id                  TEXT PRIMARY KEY NOT NULL,
        category            TEXT NOT NULL,
        owner               TEXT NOT NULL,
        review_every_months INTEGER NOT NULL DEFAULT 12 CHECK (review_every_months BETWEEN 1 AND 120),
        source_lang         TEXT NOT NULL CHECK (source_lang IN ('en','bn','tl','ur')),
        created             TEXT NOT NULL,
        retired             TEXT
    ) STRICT;

    CREATE TABLE revision (
        policy_id       TEXT NOT NULL REFERENCES policy(id),
        lang            TEXT NOT NULL CHECK (lang IN ('en','bn','tl','ur')),
        revision        INTEGER NOT NULL CHECK (revision >= 1),
        title           TEXT NOT NULL,
        body            TEXT NOT NULL,
        author          TEXT NOT NULL,
        created         TEXT NOT NULL,
        summary         TEXT NOT NULL DEFAULT '',
        hash            TEXT NOT NULL,
        source_revision INTEGER,
        PRIMARY KEY (policy_id, lang, revision)
    ) STRICT;


    CREATE TABLE review_state (
        policy_id   TEXT NOT NULL,
        lang        TEXT NOT NULL,
        revision    INTEGER NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('draft','in_review','approved')),
        approved_by TEXT,
        approved_on TEXT,
        PRIMARY KEY (policy_id, lang, revision),
        FOREIGN KEY (policy_id, lang, revision) REFERENCES revision(policy_id, lang, revision)
    ) STRICT;

    CREATE TABLE audit (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        policy_id TEXT,
        lang      TEXT,
        revision  INTEGER,
        detail    TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_policy ON audit(policy_id, lang, revision);

    CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;
    "#,
    // 2: autosaved editor text, per user, policy and language: scratch, not history.
    r#"
    CREATE TABLE autosave (
        policy_id TEXT NOT NULL,
        lang      TEXT NOT NULL,
        author    TEXT NOT NULL,
        title     TEXT NOT NULL,
        body      TEXT NOT NULL,
        saved     TEXT NOT NULL,
        PRIMARY KEY (policy_id, lang, author)
    ) STRICT;
    "#,
    // 3: category names per language (a handbook's chapters in the reader's language). A
    // category is keyed by its name as policies give it, in lower case.
    r#"
    CREATE TABLE category_title (
        category TEXT NOT NULL,
        lang     TEXT NOT NULL CHECK (lang IN ('en','bn','tl','ur')),
        title    TEXT NOT NULL,
        PRIMARY KEY (category, lang)
    ) STRICT;
    "#,
    // 4: sharing through a git remote. `sync_state` keeps the remote's address (never a password),
    // the last remote commit this handbook fully reflects and this desk's id; `sync_event` says
    // which audit entries are on the remote (the id of the event that carries them) or never go
    // there (NULL: superseded by a later entry, or a local repair); `sync_conflict` flags a
    // revision saved on top of another desk's revision of the same text.
    r#"
    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE sync_event (
        seq   INTEGER PRIMARY KEY,
        event TEXT
    ) STRICT;
    CREATE TABLE sync_conflict (
        policy_id TEXT NOT NULL,
        lang      TEXT NOT NULL,
        ours      INTEGER NOT NULL,
        base      INTEGER NOT NULL,
        theirs    INTEGER NOT NULL,
        PRIMARY KEY (policy_id, lang, ours)
    ) STRICT;
    "#,
    // 5: the people of a signed handbook (see `crate::people`): one row per public key, with its
    // person's name, email and role, and the day from which a removed key is no longer valid; and
    // which audit entries were signed by which key.
    r#"
    CREATE TABLE person (
        key          TEXT PRIMARY KEY NOT NULL,
        fingerprint  TEXT NOT NULL UNIQUE,
        name         TEXT NOT NULL,
        email        TEXT NOT NULL,
        role         TEXT NOT NULL CHECK (role IN ('admin','manager','editor','staff')),
        removed_from TEXT
    ) STRICT;
    -- Which audit entries were signed, and by which key: actions of this desk's identity in a
    -- signed handbook, and actions pulled from signed commits.
    CREATE TABLE signature (
        seq         INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL
    ) STRICT;
    "#,
    // 6: acknowledgements (see `crate::acks`): who read which revision of a policy, in which
    // language, and which source revision it counts for; each policy's audience (no row: everyone);
    // the readers' groups (the people of a signed handbook, or a local list of names); whether an
    // approval changed only the wording (editorial: nobody is asked to read again).
    r#"
    CREATE TABLE ack (
        seq             INTEGER PRIMARY KEY,
        policy_id       TEXT NOT NULL,
        lang            TEXT NOT NULL CHECK (lang IN ('en','bn','tl','ur')),
        revision        INTEGER NOT NULL,
        source_revision INTEGER NOT NULL,
        person          TEXT NOT NULL,
        who             TEXT NOT NULL,
        at              TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ack_who ON ack(who, policy_id);
    CREATE INDEX ack_policy ON ack(policy_id);
    CREATE TABLE audience (
        policy_id TEXT NOT NULL,
        grp       TEXT NOT NULL,
        PRIMARY KEY (policy_id, grp)
    ) STRICT;
    CREATE TABLE reader (
        who    TEXT PRIMARY KEY NOT NULL,
        name   TEXT NOT NULL,
        groups TEXT NOT NULL DEFAULT '',
        since  TEXT NOT NULL,
        local  INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    ALTER TABLE review_state ADD COLUMN editorial INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX sync_event_event ON sync_event(event);
    "#,
    // 7: pictures stored in the handbook (see `crate::images`), named by the SHA-256 of their
    // bytes; a revision names them in its Markdown, so its own hash covers them.
    r#"
    CREATE TABLE image (
        hash  TEXT PRIMARY KEY NOT NULL,
        mime  TEXT NOT NULL CHECK (mime IN ('image/png','image/jpeg')),
        bytes BLOB NOT NULL,
        added TEXT NOT NULL
    ) STRICT;
    "#,
];
