"""Open a shared handbook from the window: a first start got the demo handbook; the user opens
the team's shared handbook instead (a bare repository another desk published with the command
line). The shared policies replace the demo, the handbook syncs, and the demo is kept beside it."""

import os
import subprocess

from selenium.webdriver.common.by import By

from conftest import cli
from test_app import click, act, gone, no_error_toast, shot, tid, wait



def test_open_a_shared_handbook_instead_of_the_demo(app, home):
    remote = home / "team.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    team = dict(os.environ, POLICYBOOK_DB=str(home / "team.db"), POLICYBOOK_IDENTITY=str(home / "none"))
    text = home / "greeting.md"
    text.write_text("# Greeting the customer\n\nSmile and say hello within ten seconds.\n")
    cli(team, "new", "greeting", "--owner", "Ann", "--by", "Ann")
    cli(team, "revise", "greeting", "--lang", "en", "--file", str(text), "--author", "Ann")
    cli(team, "remote", "set", str(remote))
    cli(team, "sync")

    driver = app(user="Nadia")
    wait(driver, tid("policy-refunds"), 30)  # the demo
    click(driver, tid("nav-settings"))
    act(driver, tid("join-url"), lambda f: f.send_keys(str(remote)))
    click(driver, tid("join-run"))
    wait(driver, tid("policy-greeting"), 30)
    gone(driver, tid("policy-refunds"))
    wait(driver, tid("share-remote"), text=str(remote))
    no_error_toast(driver)
    # The demo's company name went with the demo.
    assert "Riverbend" not in driver.find_element(By.CSS_SELECTOR, ".brand").text
    shot(driver, "joined-en.png")
    kept = list(home.glob("handbook.before-join-*.db"))
    assert len(kept) == 1, list(home.iterdir())
    # The demo is kept whole; the open handbook is the team's.
    mine = dict(os.environ, POLICYBOOK_DB=str(kept[0]), POLICYBOOK_IDENTITY=str(home / "none"))
    assert "refunds" in cli(mine, "list")
    now = dict(os.environ, POLICYBOOK_DB=str(home / "handbook.db"), POLICYBOOK_IDENTITY=str(home / "none"))
    listed = cli(now, "list")
    assert "greeting" in listed and "refunds" not in listed, listed
    # Changes made here go to the team.
    text.write_text("# Greeting the customer\n\nSmile and say hello within five seconds.\n")
    cli(now, "revise", "greeting", "--lang", "en", "--file", str(text), "--author", "Nadia")
    click(driver, tid("sync-button"))
    wait(driver, tid("sync-state"), text="Synced")
    cli(team, "sync")
    assert "five seconds" in cli(team, "show", "greeting")
