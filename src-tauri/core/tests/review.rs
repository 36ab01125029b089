//! What the window offers a person for a revision is the workflow's own answer, tried without
//! writing; and a review's days to go are counted by the core.

use policybook_core::review::{Action, Options};
use policybook_core::{Draft, FixedClock, Handbook, Lang, NewPolicy};

fn handbook() -> Handbook {
    let clock = FixedClock::on(chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap());
    let mut hb = Handbook::open_in_memory(Box::new(clock)).unwrap();
    hb.create_policy(
        &NewPolicy {
            id: "refunds".into(),
            category: "Payments".into(),
            owner: "Nadia".into(),
            review_every_months: 12,
            source_lang: Lang::En,
        },
        "Nadia",
    )
    .unwrap();
    hb.revise("refunds", Lang::En, &draft("Within 30 days.\n"))
        .unwrap();
    hb
}

fn draft(body: &str) -> Draft {
    Draft {
        title: Some("Refunds".into()),
        body: body.into(),
        author: "Nadia".into(),
        summary: String::new(),
        source_revision: None,
    }
}

fn options(hb: &mut Handbook, revision: u32, who: &str) -> Options {
    hb.review_options("refunds", Lang::En, revision, who)
        .unwrap()
}

fn act(hb: &mut Handbook, action: Action, who: &str) {
    hb.act(
        action,
        "refunds",
        Lang::En,
        None,
        who,
        None,
        Some("why"),
        false,
    )
    .unwrap();
}

const NOTHING: Options = Options {
    submit: false,
    approve: false,
    reject: false,
    own_revision: false,
};

#[test]
fn the_options_follow_the_workflow_and_the_four_eyes_rule_and_write_nothing() {
    let mut hb = handbook();
    let logged = hb.log(None).unwrap().len();

    // A draft: submit only, for anyone.
    let submit = Options {
        submit: true,
        ..NOTHING
    };
    assert_eq!(options(&mut hb, 1, "Nadia"), submit);
    assert_eq!(options(&mut hb, 1, "Omar"), submit);
    // Nobody named: nothing.
    assert_eq!(options(&mut hb, 1, " "), NOTHING);

    // In review: its author may send it back, not approve it (however their name is spaced
    // or cased); someone else may do both.
    act(&mut hb, Action::Submit, "Nadia");
    let author = Options {
        reject: true,
        own_revision: true,
        ..NOTHING
    };
    assert_eq!(options(&mut hb, 1, "Nadia"), author);
    assert_eq!(options(&mut hb, 1, "  nadia "), author);
    let other = Options {
        approve: true,
        reject: true,
        ..NOTHING
    };
    assert_eq!(options(&mut hb, 1, "Omar"), other);

    // Asking wrote nothing: the audit log is as it was after the submission, and the revision is
    // still in review (the approval tried for Omar was rolled back).
    assert_eq!(hb.log(None).unwrap().len(), logged + 1);
    act(&mut hb, Action::Approve, "Omar");

    // Approved: nothing more to do to it. A newer revision: only it may be acted on.
    assert_eq!(options(&mut hb, 1, "Omar"), NOTHING);
    hb.revise("refunds", Lang::En, &draft("Within 14 days.\n"))
        .unwrap();
    assert_eq!(options(&mut hb, 1, "Omar"), NOTHING);
    assert_eq!(
        options(&mut hb, 2, "Omar"),
        Options {
            submit: true,
            ..NOTHING
        }
    );
    // A revision that does not exist is an error, not "nothing allowed".
    assert!(hb.review_options("refunds", Lang::En, 9, "Omar").is_err());
}

#[test]
fn a_review_counts_its_days_to_go_from_the_day_asked_about() {
    let mut hb = handbook();
    act(&mut hb, Action::Submit, "Nadia");
    act(&mut hb, Action::Approve, "Omar");
    // Approved 2026-03-10, reviewed every 12 months: due 2027-03-10.
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let due = hb.due(Some(day(2027, 3, 1)), 30).unwrap();
    assert_eq!(
        (due[0].due, due[0].days, due[0].overdue),
        (day(2027, 3, 10), 9, false)
    );
    let due = hb.due(Some(day(2027, 3, 10)), 0).unwrap();
    assert_eq!((due[0].days, due[0].overdue), (0, false));
    let due = hb.due(Some(day(2027, 4, 13)), 0).unwrap();
    assert_eq!((due[0].days, due[0].overdue), (-34, true));
}
