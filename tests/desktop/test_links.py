"""Links in a policy never take the window away: a web link shows its address and, declined, leaves
the window where it was; a `policy:` link opens that policy in the app. No remote image is loaded
(no reader is tracked by a picture in a policy): the content security policy allows none."""

import json
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import cli, desk
from test_app import click, tid, wait



def test_links_stay_in_the_window(app, home):
    env = desk(home)
    text = home / "links.md"
    text.write_text(
        "# Links\n\nSee [the supplier](https://example.com/returns) and [refunds](policy:refunds).\n\n"
        "![tracker](https://example.com/pixel.png)\n")
    for pid in ("links", "refunds"):
        cli(env, "new", pid, "--owner", "Nadia", "--by", "Nadia")
    cli(env, "revise", "links", "--lang", "en", "--file", str(text), "--author", "Nadia")
    text.write_text("# Refunds\n\nWithin 30 days.\n")
    cli(env, "revise", "refunds", "--lang", "en", "--file", str(text), "--author", "Nadia")

    driver = app(user="Nadia")
    click(driver, tid("policy-links"), 30)
    preview = wait(driver, tid("preview"), text="supplier")
    start = driver.current_url

    preview.find_element(By.LINK_TEXT, "the supplier").click()
    wait(driver, tid("link-address"), text="https://example.com/returns")
    click(driver, tid("link-cancel"))
    assert driver.current_url == start
    wait(driver, tid("policy-title"), text="Links")

    # A link to another policy opens it here.
    wait(driver, tid("preview"), text="supplier").find_element(By.LINK_TEXT, "refunds").click()
    wait(driver, tid("policy-title"), text="Refunds")
    assert driver.current_url == start


def test_no_remote_images():
    # This machine has no internet, so a window test cannot tell a blocked picture from an
    # unreachable one: the policy itself is checked.
    conf = json.loads((Path(__file__).resolve().parents[2] / "src-tauri" / "tauri.conf.json").read_text())
    img = conf["app"]["security"]["csp"]["img-src"].split()
    assert img == ["'self'", "data:"], img
