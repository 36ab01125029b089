"""A stale translation's history shows what changed in its source, headed with the real revision
numbers the core gives (a regression test: the shell once sent them under other names, and the
heading showed message placeholders)."""


from conftest import cli, desk
from test_app import click, no_error_toast, tid, wait


def test_a_stale_translation_shows_what_changed_in_its_source(app, home):
    env = desk(home)
    text = home / "t.md"

    def revise(lang: str, body: str, *extra: str):
        text.write_text(body)
        cli(env, "revise", "returns", "--lang", lang, "--file", str(text), "--author", "Nadia", *extra)

    def approve():
        cli(env, "submit", "returns", "--lang", "en", "--by", "Nadia")
        cli(env, "approve", "returns", "--lang", "en", "--by", "Omar")

    cli(env, "new", "returns", "--owner", "Nadia", "--by", "Nadia")
    revise("en", "# Returns\n\nWithin 30 days, with the receipt.\n")
    approve()
    revise("bn", "# ফেরত\n\n৩০ দিনের মধ্যে, রসিদসহ।\n", "--source-rev", "1")
    revise("en", "# Returns\n\nWithin 14 days, with the receipt.\n")
    approve()

    driver = app(user="Nadia")
    click(driver, tid("policy-returns"), 30)
    click(driver, tid("lang-bn"))
    click(driver, tid("view-history"))
    section = wait(driver, tid("source-changes"), text="14")
    heading = section.find_element("css selector", "h2").text
    assert "1 → 2" in heading, heading
    assert "{" not in heading and "$" not in heading, heading
    diff = wait(driver, tid("source-diff"), text="14")
    assert "30" in diff.text, diff.text
    no_error_toast(driver)
