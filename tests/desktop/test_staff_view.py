"""Read-only (staff) mode shows the text in force: a policy with a newer draft shows its approved
revision, with its approval, and search finds the approved words only, never the draft's."""

import json

from selenium.webdriver.common.by import By

from conftest import cli, desk, draft
from test_app import act, click, gone, no_error_toast, shot, tid, wait


def test_staff_see_the_text_in_force_not_a_newer_draft(app, home):
    env = desk(home)
    text = home / "refunds.md"
    # Last year's work, entered on its day (the clock stopped there).
    then = dict(env, POLICYBOOK_NOW="2025-10-01")
    cli(then, "new", "refunds", "--owner", "Nadia", "--category", "Money", "--by", "Nadia")
    text.write_text("# Refunds\n\nA receipt is always needed.\n")
    cli(then, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")
    cli(then, "submit", "refunds", "--lang", "en", "--by", "Nadia")
    cli(then, "approve", "refunds", "--lang", "en", "--by", "Omar")
    text.write_text("# Refunds\n\nA voucher replaces the receipt.\n")
    cli(env, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")
    prefs = home / "config" / "app.policybook.desktop"
    prefs.mkdir(parents=True, exist_ok=True)
    (prefs / "prefs.json").write_text('{"user": "Sam Cruz", "uiLang": "en", "readOnly": true}')

    driver = app(user="Sam Cruz")
    click(driver, tid("policy-refunds"), 30)
    line = wait(driver, tid("in-force-line"))
    assert line.get_attribute("data-revision") == "1", line.text
    assert "Omar" in line.text and "2025" in line.text, line.text
    preview = wait(driver, tid("preview"), text="receipt is always needed")
    assert "voucher" not in preview.text
    # No editor and no review buttons for staff.
    assert not driver.find_elements(By.CSS_SELECTOR, tid("save-revision"))
    assert not driver.find_elements(By.CSS_SELECTOR, tid("review-approve"))
    shot(driver, "staff-in-force-en.png")
    # Its history lists the approved revision only.
    click(driver, tid("view-history"))
    wait(driver, tid("history-check-1"))
    assert not driver.find_elements(By.CSS_SELECTOR, tid("history-check-2"))
    click(driver, tid("view-text"))

    # Search finds the words in force, not the draft's.
    click(driver, tid("nav-search"))
    act(driver, tid("search-input"), lambda f: f.send_keys("voucher"))
    wait(driver, tid("search-status"), text="No policies")
    act(driver, tid("search-input"), lambda f: f.clear() or f.send_keys("receipt"))
    wait(driver, tid("hit-refunds-en"))
    no_error_toast(driver)


def test_read_only_mode_chosen_in_settings_applies_at_once(app, home):
    """The window takes its mode from what the core saved (the app's information it returns), so
    ticking "read-only" hides the editor and the managers' screens without a restart."""
    draft(desk(home), home, "refunds", "# Refunds\n\nA receipt is always needed.\n")

    driver = app(user="Nadia")
    click(driver, tid("policy-refunds"), 30)
    wait(driver, tid("save-revision"))
    wait(driver, tid("nav-acks"))
    click(driver, tid("nav-settings"))
    click(driver, tid("settings-readonly"))
    gone(driver, tid("nav-acks"))
    click(driver, tid("policy-refunds"))
    # Staff read approved text only: this draft is not shown, and there is no editor.
    wait(driver, tid("no-text-in-force"), text="Nothing approved")
    assert not driver.find_elements(By.CSS_SELECTOR, tid("save-revision"))
    prefs = json.loads((home / "config" / "app.policybook.desktop" / "prefs.json").read_text())
    assert prefs["readOnly"] is True, prefs
    no_error_toast(driver)
