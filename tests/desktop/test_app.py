"""End-to-end: the real app window, as a manager, an approver and staff use it."""

import subprocess
import time
import zipfile
from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import CLI, SHOTS, desk


def tid(name: str) -> str:
    return f'[data-testid="{name}"]'


def shown(el) -> bool:
    """Whether an element found a moment ago is displayed; one the page has since removed is not."""
    try:
        return el.is_displayed()
    except StaleElementReferenceException:
        return False


def wait(driver, css: str, seconds: float = 15, text: str | None = None):
    """The first element matching `css` (that is displayed and, if given, contains `text`)."""
    end = time.time() + seconds
    last = None
    while time.time() < end:
        for el in driver.find_elements(By.CSS_SELECTOR, css):
            try:
                if el.is_displayed() and (text is None or text in el.text):
                    return el
                last = el.text
            except StaleElementReferenceException:
                pass
        time.sleep(0.1)
    raise AssertionError(f"no {css!r} with {text!r} after {seconds}s (last text: {last!r})")


def act(driver, css: str, action, seconds: float = 15):
    """Does `action` to the element matching `css`, finding it again if the page redrew it between
    finding and acting (Svelte replaces rows and dialogs as the state changes)."""
    end = time.time() + seconds
    while True:
        try:
            return action(wait(driver, css, max(end - time.time(), 0.1)))
        except StaleElementReferenceException:
            if time.time() >= end:
                raise


def click(driver, css: str, seconds: float = 15):
    act(driver, css, lambda el: el.click(), seconds)


def gone(driver, css: str, seconds: float = 10):
    end = time.time() + seconds
    while time.time() < end:
        if not [e for e in driver.find_elements(By.CSS_SELECTOR, css) if shown(e)]:
            return
        time.sleep(0.1)
    raise AssertionError(f"{css} is still shown")


def shot(driver, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / name))


def type_into_editor(driver, text: str):
    def replace(editor):
        editor.click()
        editor.send_keys(Keys.CONTROL, "a")
        editor.send_keys(Keys.DELETE)
        # A line break is the Enter key, as a person types it ("\n" itself is no key to the editor).
        for i, line in enumerate(text.split("\n")):
            if i:
                editor.send_keys(Keys.ENTER)
            editor.send_keys(line)

    act(driver, tid("editor"), replace)


def save_revision(driver, summary: str):
    act(driver, tid("save-summary"), lambda field: field.clear() or field.send_keys(summary))
    click(driver, tid("save-revision"))


def no_error_toast(driver):
    # Read in one script: a toast can close between finding it and reading it.
    toasts = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(t => t.textContent)", f'{tid("toast")}[data-code]')
    assert not toasts, toasts


BODY_1 = "সব গ্রাহককে রসিদ দিন।\nফেরতের সময় রসিদ লাগবে।"
BODY_2 = "সব গ্রাহককে ছাপানো রসিদ দিন।\nফেরতের সময় রসিদ লাগবে।"


def test_write_revise_diff_approve_search_export(app, home):
    driver = app(user="Nadia Rahman")
    # The demo handbook, as `make run` installs it into a new handbook.
    wait(driver, tid("policy-refunds"), 30)
    shot(driver, "list-en.png")

    # Create a policy whose source language is Bengali.
    click(driver, tid("new-policy"))
    # The core judges the id and the review cycle; its refusals show at their fields.
    act(driver, tid("new-policy-id"), lambda field: field.send_keys("receipts!"))
    click(driver, tid("new-policy-create"))
    wait(driver, tid("new-policy-id-help"), text="“receipts!” is not a usable policy id")
    act(driver, tid("new-policy-id"), lambda field: field.send_keys(Keys.BACKSPACE))
    act(driver, tid("new-policy-months"), lambda field: field.clear() or field.send_keys("121"))
    click(driver, tid("new-policy-create"))
    wait(driver, tid("new-policy-months-problem"), text="every 1 to 120 months, not 121")
    assert "not a usable" not in wait(driver, tid("new-policy-id-help")).text
    act(driver, tid("new-policy-months"), lambda field: field.clear() or field.send_keys("12"))
    no_error_toast(driver)
    act(driver, tid("new-policy-category"), lambda field: field.send_keys("Payments and refunds"))
    act(driver, tid("new-policy-lang"), lambda field: Select(field).select_by_value("bn"))
    click(driver, tid("new-policy-create"))
    gone(driver, tid("new-policy-dialog"))

    # Write it and save revision 1, then revise it: revision 2.
    act(driver, tid("edit-title"), lambda title: title.clear() or title.send_keys("রসিদ নীতি"))
    type_into_editor(driver, BODY_1)
    wait(driver, tid("preview"), text="রসিদ")
    save_revision(driver, "প্রথম খসড়া")
    wait(driver, tid("review-status"))
    no_error_toast(driver)
    type_into_editor(driver, BODY_2)
    save_revision(driver, "ছাপানো রসিদ")
    time.sleep(1)
    no_error_toast(driver)
    shot(driver, "editor-en.png")

    # The history shows what changed, word by word.
    click(driver, tid("view-history"))
    for n in ("1", "2"):
        act(driver, tid(f"history-check-{n}"), lambda box: box.is_selected() or box.click())
    diff = wait(driver, tid("diff-view"), text="ছাপানো")
    assert "ছাপানো" in diff.text
    # Two lines, two rows side by side: the change in the first, the second line unchanged.
    rows = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(r => r.textContent.trim())",
        f'{tid("diff-view")} .diff-row:not(.diff-head)')
    assert len(rows) == 2 and "ছাপানো" in rows[0] and "লাগবে" in rows[1], rows
    shot(driver, "history-en.png")

    # Submit as the author; the author cannot approve; another person can.
    click(driver, tid("view-text"))
    click(driver, tid("review-submit"))
    wait(driver, f'{tid("review-status")}[data-status="in_review"]')
    # The core says what the author may do: send it back, not approve it; the window says why.
    wait(driver, tid("review-own-hint"))
    assert act(driver, tid("review-reject"), lambda button: button.is_enabled())
    assert not act(driver, tid("review-approve"), lambda button: button.is_enabled())
    assert not act(driver, tid("review-submit"), lambda button: button.is_enabled())
    assert not driver.find_elements(By.CSS_SELECTOR, tid("review-editorial"))
    shot(driver, "review-own-en.png")
    # Forced from the page, the core still refuses: the rule lives there.
    r = driver.execute_async_script(
        "const [done] = arguments; window.__TAURI_INTERNALS__.invoke('act', {request: "
        "{action: 'approve', id: 'receipts', lang: 'bn'}}).then(() => done('approved'), e => done(e.code))")
    assert r == "review.own_revision", r
    # An action the core does not know is an error, never taken for another.
    r = driver.execute_async_script(
        "const [done] = arguments; window.__TAURI_INTERNALS__.invoke('act', {request: "
        "{action: 'publish', id: 'receipts', lang: 'bn'}}).then(() => done('done'), e => done(String(e)))")
    assert "unknown variant `publish`" in r, r
    wait(driver, f'{tid("review-status")}[data-status="in_review"]')
    click(driver, tid("nav-settings"))
    # The About line names the version and the commit the app was built from.
    commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True,
                            text=True, cwd=Path(__file__).parent).stdout.strip()
    wait(driver, tid("about-version"), text=f"({commit})")
    act(driver, tid("settings-user"), lambda user: user.clear() or user.send_keys("Samuel Cruz", Keys.TAB))
    time.sleep(0.5)
    click(driver, tid("policy-receipts"))
    gone(driver, tid("review-own-hint"))
    click(driver, tid("review-approve"))
    wait(driver, f'{tid("review-status")}[data-status="approved"]')
    shot(driver, "review-en.png")

    # Staff find it with a Bengali search (Ctrl+K), in a word with a virama inside.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.CONTROL, "k")
    box = wait(driver, tid("search-input"))
    box.send_keys("ছাপানো")
    hit = wait(driver, tid("hit-receipts-bn"))
    assert "<b>" not in hit.text and "ছাপানো" in hit.text
    shot(driver, "search-en.png")
    box.send_keys(Keys.ESCAPE)
    gone(driver, tid("search-palette"))

    # HR exports the Bengali handbook.
    click(driver, tid("nav-export"))
    act(driver, tid("export-lang"), lambda field: Select(field).select_by_value("bn"))
    click(driver, tid("export-run"))
    wait(driver, tid("export-result"), 60)
    shot(driver, "export-en.png")
    docs = list((home / "saves").glob("*.docx"))
    assert len(docs) == 1, docs
    with zipfile.ZipFile(docs[0]) as z:
        xml = z.read("word/document.xml").decode()
    assert "ছাপানো" in xml and "রসিদ নীতি" in xml
    assert 'w:bidi="bn-BD"' in xml


def test_urdu_interface_is_right_to_left(app, home):
    driver = app(user="Ayesha Siddiqui", lang="ur")
    wait(driver, tid("policy-refunds"), 30)
    assert driver.execute_script("return document.documentElement.dir") == "rtl"
    assert driver.execute_script("return document.documentElement.lang").startswith("ur")
    shot(driver, "list-ur.png")
    click(driver, tid("policy-refunds"))
    click(driver, tid("lang-ur"))
    wait(driver, tid("preview"), text="ریفنڈ")
    shot(driver, "policy-ur.png")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.CONTROL, "k")
    wait(driver, tid("search-input")).send_keys("واپسی")
    wait(driver, tid("hit-refunds-ur"))
    shot(driver, "search-ur.png")


def test_a_new_handbook_starts_empty_and_offers_the_demo(app, home):
    driver = app(user="Nadia Rahman", demo=False)
    wait(driver, tid("empty-handbook"), 30)
    assert not driver.find_elements(By.CSS_SELECTOR, tid("policy-refunds"))
    click(driver, tid("install-demo"))
    wait(driver, tid("policy-refunds"), 30)
    gone(driver, tid("empty-handbook"))
    no_error_toast(driver)
    # Once the handbook has anything in it, the demo is refused: it never mixes with real policies.
    env = desk(home)
    out = subprocess.run([str(CLI), "demo"], env=env, capture_output=True, text=True)
    assert out.returncode == 2 and "empty handbook only" in out.stderr, out.stderr
