"""The Debian package as a user gets it: built from the debug build (CI makes no release build),
installed with apt-get, started from /usr/bin under Xvfb on a fresh handbook, its manual page and
completions found, then removed, leaving the user's handbook where it was.

Needs root (or password-less sudo), since it installs a system package; CI runs as root."""

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = "policybook"


def sudo() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"]).returncode == 0:
        return ["sudo", "-n"]
    pytest.fail("the package test installs a system package: run it as root or with sudo")


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), check=True, capture_output=True, text=True, **kw)


def apt(*args: str) -> None:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(*sudo(), "apt-get", "-y", "-q", *args, env=env)


def installed() -> bool:
    q = subprocess.run(["dpkg-query", "-W", "-f=${Status}", PKG], capture_output=True, text=True)
    return "install ok installed" in q.stdout


@pytest.fixture(scope="module")
def deb() -> Path:
    out = run(str(ROOT / ".ci/package.sh"), "debug", cwd=ROOT).stdout.strip().splitlines()[-1]
    path = ROOT / out if not os.path.isabs(out) else Path(out)
    assert path.name.startswith("policybook_") and path.name.endswith("_amd64.deb"), path
    return path


@pytest.fixture(scope="module")
def package(deb: Path):
    assert not installed(), "policybook is installed already: remove it before the test"
    apt("install", str(deb))
    try:
        yield deb
    finally:
        if installed():
            apt("remove", PKG)


def test_package_metadata(deb: Path):
    info = run("dpkg-deb", "--field", str(deb), "Package", "Depends", "Section").stdout
    assert "Package: policybook" in info
    depends = info.split("Depends:", 1)[1].split("\n", 1)[0]
    # The runtime libraries, never their -dev packages.
    assert "libwebkit2gtk-4.1-0" in depends and "libgtk-3-0" in depends, depends
    assert "-dev" not in depends, depends
    files = run("dpkg-deb", "--contents", str(deb)).stdout
    for f in ["./usr/bin/policybook", "./usr/bin/policybook-desktop",
              "./usr/share/applications/app.policybook.desktop.desktop",
              "./usr/share/metainfo/app.policybook.desktop.metainfo.xml",
              "./usr/share/icons/hicolor/48x48/apps/policybook.png",
              "./usr/share/icons/hicolor/256x256/apps/policybook.png",
              "./usr/share/man/man1/policybook.1.gz",
              "./usr/share/bash-completion/completions/policybook",
              "./usr/share/zsh/vendor-completions/_policybook",
              "./usr/share/fish/vendor_completions.d/policybook.fish"]:
        assert f in files, f"{f} is not in the package"


def test_installed_app(package: Path, tmp_path: Path):
    # The command line: its version names the commit it was built from.
    version = run("/usr/bin/policybook", "--version").stdout
    commit = run("git", "rev-parse", "--short=12", "HEAD", cwd=ROOT).stdout.strip()
    assert version.startswith("policybook 0.") and f"({commit})" in version, version

    # The manual page, as `man` finds it, and it speaks of the real commands.
    page = run("man", "-w", "policybook").stdout.strip()
    assert page == "/usr/share/man/man1/policybook.1.gz", page
    text = run("man", "-P", "cat", "policybook", env=dict(os.environ, MANWIDTH="100")).stdout
    for word in ["export", "approve", "search"]:
        assert word in text, f"the manual page does not mention {word}"

    # bash loads the completion and completes a subcommand.
    out = run("bash", "-c", "source /usr/share/bash-completion/completions/policybook; "
              "COMP_WORDS=(policybook exp); COMP_CWORD=1; _policybook policybook exp policybook; "
              "printf '%s\\n' \"${COMPREPLY[@]}\"").stdout.split()
    assert "export" in out, out

    # The menu entry and the metadata are valid for desktop environments.
    if shutil.which("desktop-file-validate"):
        run("desktop-file-validate", "/usr/share/applications/app.policybook.desktop.desktop")
    desktop = Path("/usr/share/applications/app.policybook.desktop.desktop").read_text()
    for lang in ["bn", "tl", "ur"]:
        assert f"Comment[{lang}]=" in desktop and f"GenericName[{lang}]=" in desktop

    # The installed app starts under Xvfb on a fresh handbook, and draws its window.
    home = tmp_path / "home"
    data = home / ".local/share"
    data.mkdir(parents=True)
    num = 90 + os.getpid() % 100
    xvfb = subprocess.Popen(["Xvfb", f":{num}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        time.sleep(1)
        env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOOK_")}
        env.update(DISPLAY=f":{num}", HOME=str(home), XDG_DATA_HOME=str(data),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                   WEBKIT_DISABLE_COMPOSITING_MODE="1")
        app = subprocess.Popen(["/usr/bin/policybook-desktop"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        handbook = data / "policybook/handbook.db"
        deadline = time.time() + 60
        window = False
        while time.time() < deadline and not window:
            assert app.poll() is None, app.stdout.read().decode(errors="replace")
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env,
                                  capture_output=True, text=True).stdout
            window = '"Policybook"' in tree
            time.sleep(0.5)
        assert window, "the installed app drew no window titled Policybook in 60 s"
        assert handbook.exists(), f"no handbook at {handbook}"
        time.sleep(2)
        shot = ROOT / "target/package-test-window.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=env, check=False)
    finally:
        if app:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        xvfb.wait(10)

    # Removing the package removes the program, never the user's handbook.
    before = handbook.read_bytes()
    apt("remove", PKG)
    assert not Path("/usr/bin/policybook").exists()
    assert not installed()
    assert handbook.read_bytes() == before
