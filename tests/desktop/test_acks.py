"""Read and understood in the window: a member of staff (the window's desk) sees the one policy
that changed in substance since they last acknowledged it, opened at only what changed, and
acknowledges it; the manager's desk (the command line, a separate handbook) sees it in its report
after both sync through a git repository."""

import datetime
import json
import os
import subprocess

from selenium.webdriver.common.by import By

from conftest import cli
from test_app import act, click, gone, no_error_toast, shot, tid, wait


def test_staff_read_what_changed_and_the_manager_sees_it(app, home):
    remote = home / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    manager = dict(os.environ, POLICYBOOK_DB=str(home / "manager.db"), POLICYBOOK_IDENTITY=str(home / "none"))
    staff = dict(os.environ, POLICYBOOK_DB=str(home / "handbook.db"), POLICYBOOK_IDENTITY=str(home / "none"))
    text = home / "refunds.md"

    def approve(body: str, *extra: str):
        text.write_text(body)
        cli(manager, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")
        cli(manager, "submit", "refunds", "--lang", "en", "--by", "Nadia")
        cli(manager, "approve", "refunds", "--lang", "en", "--by", "Omar", *extra)

    cli(manager, "new", "refunds", "--owner", "Nadia", "--category", "Money", "--by", "Nadia")
    cli(manager, "new", "phones", "--owner", "Nadia", "--category", "Calls", "--by", "Nadia")
    approve("# Refunds\n\nCustomers may return goods within 30 days with a receipt.\n")
    cli(manager, "remote", "set", str(remote))
    cli(manager, "sync")

    # The staff desk reads revision 1; then a material change (and a policy for others only).
    cli(staff, "clone", str(remote))
    cli(staff, "ack", "refunds", "--lang", "en", "--as", "Sam Cruz")
    cli(staff, "sync")
    approve("# Refunds\n\nCustomers may return goods within 14 days with a receipt.\n")
    text.write_text("# Phones\n\nAnswer within three rings.\n")
    cli(manager, "revise", "phones", "--lang", "en", "--file", str(text), "--author", "Nadia")
    cli(manager, "submit", "phones", "--lang", "en", "--by", "Nadia")
    cli(manager, "approve", "phones", "--lang", "en", "--by", "Omar")
    cli(manager, "audience", "phones", "contact centre", "--by", "Omar")
    cli(manager, "sync")
    cli(staff, "sync")

    driver = app(user="Sam Cruz")
    wait(driver, tid("policy-refunds"), 30)
    # A badge says one policy is to read (phones is for the contact centre only).
    wait(driver, tid("unread-count"), text="1")
    click(driver, tid("nav-read"))
    item = wait(driver, tid("read-item"))
    assert item.get_attribute("data-id") == "refunds" and item.get_attribute("data-revision") == "2"
    assert len(driver.find_elements(By.CSS_SELECTOR, f'{tid("read-list")} li')) == 1
    # Only what changed since revision 1: "30" out, "14" in.
    wait(driver, tid("read-changes-note"), text="revision 1")
    diff = wait(driver, tid("read-diff"))
    deleted = [e.text for e in diff.find_elements(By.CSS_SELECTOR, "del")]
    inserted = [e.text for e in diff.find_elements(By.CSS_SELECTOR, "ins")]
    assert deleted == ["30"] and inserted == ["14"], (deleted, inserted)
    assert not driver.find_elements(By.CSS_SELECTOR, tid("read-whole"))
    shot(driver, "read-en.png")

    click(driver, tid("ack-button"))
    wait(driver, tid("read-empty"))
    gone(driver, tid("unread-count"))
    no_error_toast(driver)
    # The window's sync sends it: to the reader's own reference, not the handbook's branch.
    main_before = subprocess.run(["git", "-C", str(remote), "rev-parse", "main"], capture_output=True, text=True).stdout
    click(driver, tid("sync-button"))
    wait(driver, tid("sync-state"), text="Synced")
    refs = subprocess.run(["git", "-C", str(remote), "for-each-ref", "--format=%(refname)", "refs/heads/acks/"],
                          capture_output=True, text=True).stdout.split()
    assert len(refs) == 1, refs
    assert subprocess.run(["git", "-C", str(remote), "rev-parse", "main"], capture_output=True,
                          text=True).stdout == main_before

    # The manager's report, after sync: Sam read revision 2, in English.
    cli(manager, "sync")
    report = json.loads(cli(manager, "acks", "refunds", "--json"))
    mine = [(a["person"], a["lang"], a["revision"]) for a in report["acks"]]
    assert mine == [("Sam Cruz", "en", 1), ("Sam Cruz", "en", 2)], report

    # The window's own report shows the same figures.
    click(driver, tid("nav-acks"))
    row = wait(driver, tid("acks-row-refunds"))
    assert row.get_attribute("data-done") == "1", row.get_attribute("outerHTML")
    wait(driver, tid("ack-refunds-Sam Cruz"))
    shot(driver, "acks-en.png")
    no_error_toast(driver)
    # As of yesterday, before anything was approved: no policy was in force to be read.
    day = datetime.date.today() - datetime.timedelta(days=1)
    yesterday = day.isoformat()
    driver.execute_script(
        "const f = document.querySelector(arguments[0]); f.value = arguments[1];"
        "f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
        tid("acks-as-of"), yesterday)
    wait(driver, tid("acks-due-days"), text=f"{day:%B} {day.day}, {day.year}")
    gone(driver, tid("acks-row-refunds"))
    no_error_toast(driver)
    driver.execute_script(
        "const f = document.querySelector(arguments[0]); f.value = '';"
        "f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
        tid("acks-as-of"))
    wait(driver, tid("acks-row-refunds"))

    # Sam joins the stores, and phones (for the contact centre) is opened to the stores too: it
    # becomes Sam's to read.
    act(driver, tid("reader-name"), lambda f: f.send_keys("Sam Cruz"))
    act(driver, tid("reader-groups"), lambda f: f.send_keys("stores"))
    click(driver, tid("reader-set"))
    wait(driver, tid("reader-Sam Cruz"), text="stores")
    click(driver, tid("policy-phones"))
    wait(driver, tid("audience-groups"), text="contact centre")
    click(driver, tid("audience-edit"))
    act(driver, tid("audience-input"), lambda f: f.clear() or f.send_keys("contact centre, stores"))
    click(driver, tid("audience-save"))
    wait(driver, tid("audience-groups"), text="stores")
    no_error_toast(driver)
    audience = json.loads(cli(staff, "audience", "phones", "--json"))
    assert audience["audience"] == ["contact centre", "stores"], audience
    click(driver, tid("nav-read"))
    item = wait(driver, tid("read-item"))
    assert item.get_attribute("data-id") == "phones"
    wait(driver, tid("read-whole"), text="three rings")
