"""Cold start and memory of the desktop app on a generated 1,000-policy handbook.

    make build && ~/.local/share/policybook/tools/py/bin/python tests/desktop/startup_bench.py

Prints the time from launching the app to an interactive policy list (the first list item shown and
clickable), and the resident memory of the app and of its WebKit processes.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from conftest import REPO, start_app  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

CLI = REPO / "target" / "release" / "policybook"


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def processes(name_part: str) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if name_part in (p / "cmdline").read_bytes().decode(errors="ignore"):
                    out.append(int(p.name))
            except OSError:
                pass
    return out


def main() -> None:
    home = Path(tempfile.mkdtemp())
    src = home / "src"
    src.mkdir()
    categories = ["Serving customers", "Payments and refunds", "Complaints and escalation", "Privacy and safety"]
    for i in range(1000):
        (src / f"policy-{i:04}.en.md").write_text(
            f"---\ncategory: {categories[i % 4]}\nowner: Owner {i % 9}\nauthor: A\napproved: 2026-0{1 + i % 9}-15\n"
            f"approved_by: B\n---\n# Policy {i}: handling customer case {i}\n\n"
            + "Customers are greeted, helped and thanked. Refunds follow the refunds policy.\n\n" * 20
        )
    subprocess.run([str(CLI), "--db", str(home / "handbook.db"), "import", str(src)], check=True, stdout=subprocess.DEVNULL)
    (home / "saves").mkdir()
    display = os.environ.get("DISPLAY")
    xvfb = None
    if not display:
        xvfb = subprocess.Popen(["Xvfb", ":77", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        time.sleep(1)
        display = ":77"
    try:
        for run in range(3):
            t = time.monotonic()
            driver, proc = start_app(display, home)
            while True:
                items = [e for e in driver.find_elements(By.CSS_SELECTOR, '[data-testid="policy-policy-0000"]') if e.is_displayed()]
                if items and items[0].is_enabled():
                    break
                time.sleep(0.01)
            took = time.monotonic() - t
            time.sleep(2)
            app = processes("policybook-desktop")
            web = processes("WebKitWebProcess") + processes("WebKitNetworkProcess")
            app_mb = sum(rss_kb(p) for p in app) / 1024
            web_mb = sum(rss_kb(p) for p in web) / 1024
            print(f"run {run + 1}: launch to interactive list of 1,000 policies {took * 1000:.0f} ms "
                  f"(includes tauri-driver and WebDriver session start); resident memory: app {app_mb:.0f} MB, "
                  f"WebKit processes {web_mb:.0f} MB, total {app_mb + web_mb:.0f} MB")
            driver.quit()
            proc.terminate()
            proc.wait(5)
    finally:
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()
