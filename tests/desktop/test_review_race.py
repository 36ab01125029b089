"""An approval names the revision that was read: the approver has revision 1 on screen, another
person saves and submits revision 2 meanwhile (the command line, on the same handbook), and the
approver's click is refused instead of approving a text they never saw."""


from conftest import cli, desk
from test_app import click, tid, wait



def test_an_approval_of_a_revision_that_changed_under_the_reader_is_refused(app, home):
    env = desk(home)
    text = home / "refunds.md"
    text.write_text("# Refunds\n\nWithin 30 days.\n")
    cli(env, "new", "refunds", "--owner", "Nadia", "--by", "Nadia")
    cli(env, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")
    cli(env, "submit", "refunds", "--lang", "en", "--by", "Nadia")

    driver = app(user="Bob")
    click(driver, tid("policy-refunds"), 30)
    wait(driver, f'{tid("review-status")}[data-status="in_review"]')
    wait(driver, tid("preview"), text="30")

    # Meanwhile Nadia saves and submits revision 2.
    text.write_text("# Refunds\n\nWithin 3 days.\n")
    cli(env, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")
    cli(env, "submit", "refunds", "--lang", "en", "--by", "Nadia")

    click(driver, tid("review-approve"))
    wait(driver, f'{tid("toast")}[data-code="review.not_newest"]')
    history = cli(env, "history", "refunds", "--json")
    assert '"approved"' not in history, history
