"""End-to-end: the real app window, as a manager, an approver and staff use it."""

import time
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import SHOTS


def tid(name: str) -> str:
    return f'[data-testid="{name}"]'


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
            except Exception:
                pass
        time.sleep(0.1)
    raise AssertionError(f"no {css!r} with {text!r} after {seconds}s (last text: {last!r})")


def gone(driver, css: str, seconds: float = 10):
    end = time.time() + seconds
    while time.time() < end:
        if not [e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]:
            return
        time.sleep(0.1)
    raise AssertionError(f"{css} is still shown")


def shot(driver, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / name))


def type_into_editor(driver, text: str):
    editor = wait(driver, tid("editor"))
    editor.click()
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys(text)


def save_revision(driver, summary: str):
    field = wait(driver, tid("save-summary"))
    field.clear()
    field.send_keys(summary)
    wait(driver, tid("save-revision")).click()


def no_error_toast(driver):
    toasts = [t.text for t in driver.find_elements(By.CSS_SELECTOR, tid("toast")) if t.get_attribute("data-code")]
    assert not toasts, toasts


BODY_1 = "সব গ্রাহককে রসিদ দিন।\nফেরতের সময় রসিদ লাগবে।"
BODY_2 = "সব গ্রাহককে ছাপানো রসিদ দিন।\nফেরতের সময় রসিদ লাগবে।"


def test_write_revise_diff_approve_search_export(app, home):
    driver = app(user="Nadia Rahman")
    # The demo handbook opens at first start.
    wait(driver, tid("policy-refunds"), 30)
    shot(driver, "list-en.png")

    # Create a policy whose source language is Bengali.
    wait(driver, tid("new-policy")).click()
    wait(driver, tid("new-policy-id")).send_keys("receipts")
    driver.find_element(By.CSS_SELECTOR, tid("new-policy-category")).send_keys("Payments and refunds")
    Select(driver.find_element(By.CSS_SELECTOR, tid("new-policy-lang"))).select_by_value("bn")
    driver.find_element(By.CSS_SELECTOR, tid("new-policy-create")).click()
    gone(driver, tid("new-policy-dialog"))

    # Write it and save revision 1, then revise it: revision 2.
    title = wait(driver, tid("edit-title"))
    title.clear()
    title.send_keys("রসিদ নীতি")
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
    wait(driver, tid("view-history")).click()
    for n in ("1", "2"):
        box = wait(driver, tid(f"history-check-{n}"))
        if not box.is_selected():
            box.click()
    diff = wait(driver, tid("diff-view"), text="ছাপানো")
    assert "ছাপানো" in diff.text
    shot(driver, "history-en.png")

    # Submit as the author; the author cannot approve; another person can.
    wait(driver, tid("view-text")).click()
    wait(driver, tid("review-submit")).click()
    wait(driver, f'{tid("review-status")}[data-status="in_review"]')
    approve = wait(driver, tid("review-approve"))
    if approve.is_enabled():
        approve.click()
        toast = wait(driver, f'{tid("toast")}[data-code="review.own_revision"]')
        assert toast
    wait(driver, tid("nav-settings")).click()
    user = wait(driver, tid("settings-user"))
    user.clear()
    user.send_keys("Samuel Cruz", Keys.TAB)
    time.sleep(0.5)
    wait(driver, tid("policy-receipts")).click()
    wait(driver, tid("review-approve")).click()
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
    wait(driver, tid("nav-export")).click()
    Select(wait(driver, tid("export-lang"))).select_by_value("bn")
    wait(driver, tid("export-run")).click()
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
    wait(driver, tid("policy-refunds")).click()
    wait(driver, tid("lang-ur")).click()
    wait(driver, tid("preview"), text="ریفنڈ")
    shot(driver, "policy-ur.png")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.CONTROL, "k")
    wait(driver, tid("search-input")).send_keys("واپسی")
    wait(driver, tid("hit-refunds-ur"))
    shot(driver, "search-ur.png")
