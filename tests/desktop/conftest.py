"""The real Policybook window, driven through tauri-driver and WebKitWebDriver under Xvfb."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.options import ArgOptions

REPO = Path(__file__).resolve().parents[2]
APP = Path(os.environ.get("POLICYBOOK_APP", REPO / "target" / "release" / "policybook-desktop")).resolve()
SHOTS = Path(os.environ.get("POLICYBOOK_SHOTS", REPO / "target" / "screenshots"))
# The command line built beside the app: the tests prepare handbooks with it, as another desk would.
CLI = APP.parent / "policybook"


def cli(env: dict, *args: str) -> str:
    """Runs `policybook ARGS` with `env` and returns its standard output; fails the test if it fails."""
    out = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, f"policybook {args}: {out.stderr}"
    return out.stdout


def desk(home: Path) -> dict:
    """The environment of a command line on the window's handbook, with no identity (an unsigned
    handbook, as on a first start)."""
    return dict(os.environ, POLICYBOOK_DB=str(home / "handbook.db"), POLICYBOOK_IDENTITY=str(home / "none"))


def draft(env: dict, home: Path, policy: str, markdown: str) -> None:
    """A new policy by Nadia with an English draft of `markdown`."""
    text = home / f"{policy}.md"
    text.write_text(markdown)
    cli(env, "new", policy, "--owner", "Nadia", "--by", "Nadia")
    cli(env, "revise", policy, "--lang", "en", "--file", str(text), "--author", "Nadia")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen, seconds: float = 20) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture(scope="session")
def display():
    """An X display: the one we have, or a private Xvfb."""
    if os.environ.get("DISPLAY") and not os.environ.get("CI"):
        yield os.environ["DISPLAY"]
        return
    num = 90 + os.getpid() % 100
    xvfb = subprocess.Popen(["Xvfb", f":{num}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    yield f":{num}"
    xvfb.terminate()
    xvfb.wait(5)


@pytest.fixture()
def home(tmp_path):
    """A fresh user: its own data and config folders, a handbook path, and a save folder."""
    (tmp_path / "saves").mkdir()
    return tmp_path


def start_app(display: str, home: Path, user: str = "Nadia Rahman", lang: str | None = None,
              demo: bool = True, env: dict | None = None):
    assert APP.exists(), f"build the app first: {APP}"
    db = home / "handbook.db"
    # As `make run` does: a new handbook starts as the demo (the app alone offers it instead).
    extra = env or {}
    if demo and not db.exists():
        cli(dict(os.environ, POLICYBOOK_DB=str(db), POLICYBOOK_IDENTITY=str(home / "none")), "demo")
    driver_bin = shutil.which("tauri-driver") or str(Path.home() / ".cargo" / "bin" / "tauri-driver")
    port, native = free_port(), free_port()
    env = dict(os.environ)
    env.update({
        "DISPLAY": display,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "POLICYBOOK_DB": str(home / "handbook.db"),
        "POLICYBOOK_USER": user,
        "POLICYBOOK_SAVE_DIR": str(home / "saves"),
        "WEBKIT_DISABLE_COMPOSITING_MODE": "1",
    })
    env.update(extra)
    if lang:
        prefs = home / "config" / "app.policybook.desktop"
        prefs.mkdir(parents=True, exist_ok=True)
        (prefs / "prefs.json").write_text(f'{{"user": "{user}", "uiLang": "{lang}", "readOnly": false}}')
    # What tauri-driver, WebKitWebDriver and the app print: shown with a failing test's output.
    log = open(home / "driver.log", "ab")
    proc = subprocess.Popen([driver_bin, "--port", str(port), "--native-port", str(native)], env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    log.close()
    # tauri-driver answers on its port before WebKitWebDriver (which it starts) listens on the
    # native one; a session asked for in between fails with "connection refused".
    wait_port(port, proc)
    wait_port(native, proc)
    opts = ArgOptions()
    opts.set_capability("browserName", "wry")
    opts.set_capability("tauri:options", {"application": str(APP)})
    driver = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=opts)
    driver.implicitly_wait(0)
    return driver, proc


@pytest.fixture()
def app(display, home):
    started = []

    def launch(**kw):
        d, p = start_app(display, home, **kw)
        started.append((d, p))
        return d

    yield launch
    for d, p in started:
        try:
            d.quit()
        except Exception:
            pass
        p.terminate()
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            p.kill()
    log = home / "driver.log"
    if log.exists():
        print("--- tauri-driver, WebKitWebDriver and the app printed:")
        print(log.read_text(errors="replace")[-6000:])
