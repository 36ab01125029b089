"""The window brings its fonts: with a font configuration that knows only DejaVu (a machine without
Bengali or Nastaliq fonts), Bengali and Urdu are drawn in the faces the interface ships."""

from test_app import click, shot, tid, wait

# Every face the page knows, once the fonts in use have loaded.
FACES = """
const done = arguments[arguments.length - 1];
document.fonts.ready.then(() => done([...document.fonts].map(f => ({
  family: f.family.replace(/["']/g, ''), weight: String(f.weight), status: f.status, range: f.unicodeRange,
}))));
"""


def loaded(driver) -> set[tuple[str, str]]:
    return {(f["family"], f["weight"]) for f in driver.execute_async_script(FACES) if f["status"] == "loaded"}


def test_bengali_and_urdu_in_the_bundled_faces_with_only_dejavu(app, home, monkeypatch):
    conf = home / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{home / 'fc-cache'}</cachedir></fontconfig>\n"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    driver = app(user="Ayesha Siddiqui", lang="ur")
    wait(driver, tid("policy-refunds"), 30)

    # The Urdu list: its chapters named in Urdu, drawn in the bundled Nastaliq.
    heading = wait(driver, tid("category-Payments and refunds"))
    assert heading.text.strip() == "ادائیگیاں اور رقم کی واپسی", heading.text
    assert heading.get_attribute("data-missing") is None
    faces = loaded(driver)
    assert ("Policybook Urdu", "400") in faces, faces
    # No system face answers for Urdu: the only one that has these letters is ours.
    assert driver.execute_script("return document.fonts.check('16px \"Policybook Urdu\"', 'ہے')")
    shot(driver, "list-ur-dejavu.png")

    # The Bengali editor, in the Urdu window.
    click(driver, tid("policy-refunds"))
    click(driver, tid("lang-bn"))
    wait(driver, tid("preview"), text="রসিদ")
    # CodeMirror draws only the lines on screen: the title is at the top.
    wait(driver, tid("editor"), text="মূল্য ফেরত")
    faces = loaded(driver)
    assert ("Policybook Bengali", "400") in faces, faces
    # The editor's text is laid out in the Bengali face: its first family is the bundled one.
    family = driver.execute_script(
        "return getComputedStyle(document.querySelector('.editor .cm-content') || document.querySelector(arguments[0]))"
        ".fontFamily", tid("editor"))
    assert family.replace('"', "").replace("'", "").startswith("Policybook Bengali"), family
    shot(driver, "editor-bn-dejavu.png")
