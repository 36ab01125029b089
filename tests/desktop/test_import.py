"""Import from Word in the window: the shell's open dialog (answered here by POLICYBOOK_OPEN_FILE,
which names the file the dialog would give), a preview of the policies the document makes, then
the import; the same handbook in Bengali pairs up as their translations; a file that is not a
Word document says why in one line, and nothing is imported."""

import shutil
import subprocess

from selenium.webdriver.common.by import By

from conftest import cli, desk
from test_app import click, gone, tid, wait

EN = ("# Lost property\n\nKeep items **safe** for 30 days.\n\n## Steps\n\n1. Label it.\n2. Log it.\n\n"
      "# Damaged goods\n\nPhotograph the damage.\n")
BN = ("# হারানো জিনিস\n\nজিনিস ৩০ দিন **নিরাপদে** রাখুন।\n\n## ধাপ\n\n1. লেবেল দিন।\n2. লিখে রাখুন।\n\n"
      "# ক্ষতিগ্রস্ত পণ্য\n\nক্ষতির ছবি তুলুন।\n")


def word(home, name: str, md: str):
    src = home / f"{name}.md"
    src.write_text(md)
    out = home / f"{name}.docx"
    subprocess.run(["pandoc", str(src), "-o", str(out)], check=True)
    return out


def choose(driver, opener: str = "nav-import"):
    """Opens the import dialog and chooses the file (the dialog answered by POLICYBOOK_OPEN_FILE)."""
    click(driver, tid(opener))
    click(driver, tid("import-choose"))


def test_import_from_word_with_a_preview(app, home):
    chosen = home / "chosen.docx"
    shutil.copy(word(home, "en", EN), chosen)
    # A handbook of its own (no demo): the company's handbook is the first thing in it. (No
    # screenshot here: WebKitWebDriver's hangs taking one of a window that started empty.)
    driver = app(user="Nadia", demo=False, env={"POLICYBOOK_OPEN_FILE": str(chosen)})
    wait(driver, tid("nav-import"), 30)

    # The empty handbook offers it beside the demo.
    choose(driver, "empty-import")
    wait(driver, tid("import-file"), text="chosen.docx")
    wait(driver, tid("import-row-lost-property-en"))
    wait(driver, tid("import-row-damaged-goods-en"))
    wait(driver, tid("import-summary"), text="2 policies")
    click(driver, tid("import-run"))
    gone(driver, tid("import-dialog"))
    wait(driver, tid("policy-damaged-goods"))
    wait(driver, tid("policy-lost-property"))
    env = desk(home)
    body = cli(env, "show", "lost-property", "--lang", "en")
    assert body.startswith("# Lost property\n\nKeep items **safe** for 30 days.\n\n## Steps\n\n1. Label it.\n"), body

    # The same handbook in Bengali: its sections become the translations.
    shutil.copy(word(home, "bn", BN), chosen)
    choose(driver)
    wait(driver, tid("import-pairs-lost-property"), text="lost-property")
    wait(driver, tid("import-row-damaged-goods-bn"))
    click(driver, tid("import-run"))
    gone(driver, tid("import-dialog"))
    bn = cli(env, "show", "lost-property", "--lang", "bn")
    assert "হারানো জিনিস" in bn, bn
    ids = [line.split()[0] for line in cli(env, "list").splitlines() if line.strip()]
    assert "harano-jinis" not in " ".join(ids), ids

    # Not a Word document: one line, and nothing to import.
    chosen.write_bytes(b"this is not a zip")
    before = cli(env, "list", "--json")
    choose(driver)
    problem = wait(driver, tid("import-problem"))
    assert "\n" not in problem.text.strip() and problem.text.strip(), problem.text
    assert not driver.find_element(By.CSS_SELECTOR, tid("import-run")).is_enabled()
    click(driver, tid("import-close"))
    gone(driver, tid("import-dialog"))
    assert cli(env, "list", "--json") == before
