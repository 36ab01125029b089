"""Sharing from the window: a manager shares the handbook through a git repository from Settings,
another desk (the command line, a separate handbook) revises the same policy, and the window's Sync
shows the conflict in its three-way view."""

import os
import subprocess

from conftest import cli
from test_app import click, act, no_error_toast, shot, tid, wait



def test_share_sync_and_a_conflict(app, home):
    remote = home / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    a = dict(os.environ, POLICYBOOK_DB=str(home / "handbook.db"), POLICYBOOK_IDENTITY=str(home / "none"))
    b = dict(os.environ, POLICYBOOK_DB=str(home / "b.db"), POLICYBOOK_IDENTITY=str(home / "none"))
    text = home / "refunds.md"
    text.write_text("# Refunds\n\nCustomers may return goods within 30 days.\n")
    cli(a, "new", "refunds", "--owner", "Nadia", "--category", "Money", "--by", "Nadia")
    cli(a, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")

    driver = app(user="Nadia")
    wait(driver, tid("policy-refunds"), 30)
    # Share from Settings: the first sync publishes the handbook.
    click(driver, tid("nav-settings"))
    act(driver, tid("share-url"), lambda f: f.send_keys(str(remote)))
    click(driver, tid("share-run"))
    wait(driver, tid("share-remote"), text=str(remote))
    wait(driver, tid("sync-state"), text="Synced")
    no_error_toast(driver)
    log = subprocess.run(["git", "-C", str(remote), "log", "--format=%s", "main"], capture_output=True, text=True)
    assert "Publish the handbook" in log.stdout, log.stdout

    # Another desk revises the same text and syncs first; this desk revises it too.
    cli(b, "clone", str(remote))
    text.write_text("# Refunds\n\nCustomers may return goods within 14 days.\n")
    cli(b, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Bob")
    cli(b, "sync")
    text.write_text("# Refunds\n\nCustomers may return goods within 45 days.\n")
    cli(a, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")

    click(driver, tid("sync-button"))
    click(driver, tid("conflict-refunds-en"))
    view = wait(driver, tid("conflict-view"))
    wait(driver, tid("conflict-theirs"), text="14")
    wait(driver, tid("conflict-ours"), text="45")
    shot(driver, "conflict-en.png")
    assert "Revision 2" in view.text and "revision 3" in view.text, view.text
    # Editing resolves it: the editor opens on this desk's text.
    click(driver, tid("conflict-edit"))
    wait(driver, tid("preview"), text="45")
