"""Pictures are part of the handbook, and the page chooses no paths.

A picture pasted into the editor is stored in the handbook (its bytes, never a path), shown in the
preview from there, saved with the revision and exported from there. The export commands write only
to a file the user chose in the shell's own save dialog: a path the page names is refused, and no
file is written."""

import base64
import struct
import zipfile
import zlib

from conftest import cli, desk, draft
from selenium.webdriver.common.keys import Keys

from test_app import act, click, gone, no_error_toast, save_revision, shot, tid, wait

def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A PNG of one colour, with a darker border (to be seen in a screenshot)."""
    dark = tuple(c // 3 for c in rgb)
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            edge = x < 3 or y < 3 or x >= width - 3 or y >= height - 3
            row += bytes(dark if edge else rgb)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + chunk(b"IEND", b""))


DOT = png(160, 80, (40, 160, 90))

PASTE = """
const [b64, name, type, done] = arguments;
const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
const dt = new DataTransfer();
dt.items.add(new File([bytes], name, {type}));
const editor = document.querySelector('[data-testid="editor"]');
editor.focus();
editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
done(true);
"""

INVOKE = """
const [cmd, args, done] = arguments;
window.__TAURI_INTERNALS__.invoke(cmd, args)
  .then(() => done({ok: true}))
  .catch(e => done({ok: false, error: e}));
"""


def test_a_pasted_picture_is_stored_shown_and_exported(app, home):
    env = desk(home)
    draft(env, home, "map", "# Store map\n\nThe exits:\n")

    driver = app(user="Nadia")
    click(driver, tid("policy-map"), 30)
    wait(driver, tid("preview"), text="exits")
    # Pasted at the end of the first line: it goes in a paragraph of its own after it.
    act(driver, tid("editor"), lambda e: e.click() or e.send_keys(Keys.CONTROL, Keys.HOME) or e.send_keys(Keys.END))
    # A GIF is not kept: the core says so, and the text is as it was.
    driver.execute_async_script(PASTE, base64.b64encode(b"GIF89a\x01\x00\x01\x00").decode(), "x.gif", "image/gif")
    wait(driver, f'{tid("toast")}[data-code="image.not_a_picture"]', text="PNG or JPEG")
    assert "image:" not in wait(driver, tid("editor")).text
    # An error stays until dismissed; while a dialog is open it moves to the top, clear of the
    # buttons at the dialog's foot.
    click(driver, tid("nav-export"))
    wait(driver, f'{tid("export-dialog")} button')
    overlaps = driver.execute_script("""
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const toasts = [...document.querySelectorAll(arguments[0])].map(t => t.getBoundingClientRect());
      const buttons = [...document.querySelectorAll('dialog[open] button')].map(b => b.getBoundingClientRect());
      const dialog = document.querySelector('dialog[open]').getBoundingClientRect();
      return {toasts: toasts.length, buttons: buttons.length,
              hits: toasts.flatMap(t => buttons.filter(b => hit(t, b))).length,
              above: toasts.every(t => t.top < dialog.top)};
    """, tid("toast"))
    assert overlaps["toasts"] == 1 and overlaps["buttons"] >= 2, overlaps
    assert overlaps["hits"] == 0 and overlaps["above"], overlaps
    act(driver, f'{tid("export-dialog")}', lambda d: d.send_keys(Keys.ESCAPE))
    gone(driver, tid("export-dialog"))
    click(driver, f'{tid("toast")}[data-code="image.not_a_picture"] {tid("toast-close")}')
    driver.execute_async_script(PASTE, base64.b64encode(DOT).decode(), "exits.png", "image/png")
    wait(driver, tid("editor"), text="image:")
    # The preview shows it from the handbook, as a data: address.
    preview = wait(driver, f'{tid("preview")} img[alt="exits"]')
    assert preview.get_attribute("src").startswith("data:image/png;base64,")
    shot(driver, "picture-pasted.png")
    save_revision(driver, "The map")
    wait(driver, f'{tid("review-status")}')
    no_error_toast(driver)

    body = cli(env, "show", "map", "--lang", "en")
    assert body.startswith("# Store map\n\n![exits](image:"), body
    assert body.endswith(")\n\nThe exits:\n"), body
    cli(env, "submit", "map", "--lang", "en", "--by", "Nadia")
    cli(env, "approve", "map", "--lang", "en", "--by", "Omar")
    out = home / "map.docx"
    cli(env, "export", "--lang", "en", "--out", str(out), "--no-embed-fonts")
    with zipfile.ZipFile(out) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/") and not n.endswith("/")]
        assert [z.read(n) for n in media] == [DOT]


def test_the_page_names_no_path(app, home):
    driver = app(user="Nadia")
    wait(driver, tid("policy-refunds"), 30)
    evil = home / "chosen-by-the-page.ics"
    for args in ({"target": str(evil)}, {"path": str(evil)}, {"target": "save-1"}):
        r = driver.execute_async_script(INVOKE, "export_ics", args)
        assert not r["ok"], (args, r)
        assert not evil.exists()
    r = driver.execute_async_script(INVOKE, "export_ics", {"target": str(evil)})
    assert r["error"]["code"] == "app.no_save_target", r

    # Through the dialog (answered by POLICYBOOK_SAVE_DIR here), the user's choice is written.
    click(driver, tid("nav-due"))
    click(driver, tid("export-ics"))
    wait(driver, tid("toast"), text="policy-reviews.ics")
    assert (home / "saves" / "policy-reviews.ics").is_file()
