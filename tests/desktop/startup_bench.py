"""Start-up time and memory of the desktop app on a generated 1,000-policy handbook.

    make bench-desktop      (builds the release app and CLI, then runs this under Xvfb)

The app is started the way a user starts it (no WebDriver in between) with POLICYBOOK_STARTUP_PROBE
set: when the window has drawn the policy list (the UI waits for the next frame after the list is in
the page, then tells the shell) the shell prints "policybook: ready after N ms". This script times
from launching the process to that line, five times, and then reads the memory of the app and of
the WebKit processes it started: resident (RSS, which counts shared libraries in every process) and
proportional (PSS, shared pages divided among the processes that map them: what they cost together).
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APP = Path(os.environ.get("POLICYBOOK_APP", REPO / "target" / "release" / "policybook-desktop"))
CLI = Path(os.environ.get("POLICYBOOK_CLI", REPO / "target" / "release" / "policybook"))
RUNS = int(os.environ.get("RUNS", "5"))


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process, in KiB."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def handbook(home: Path) -> None:
    src = home / "src"
    src.mkdir()
    categories = ["Serving customers", "Payments and refunds", "Complaints and escalation", "Privacy and safety"]
    for i in range(1000):
        (src / f"policy-{i:04}.en.md").write_text(
            f"---\ncategory: {categories[i % 4]}\nowner: Owner {i % 9}\nauthor: A\napproved: 2026-0{1 + i % 9}-15\n"
            f"approved_by: B\n---\n# Policy {i}: handling customer case {i}\n\n"
            + "Customers are greeted, helped and thanked. Refunds follow the refunds policy.\n\n" * 20
        )
    subprocess.run([str(CLI), "--db", str(home / "handbook.db"), "import", str(src)], check=True,
                   stdout=subprocess.DEVNULL)


def main() -> None:
    for binary in (APP, CLI):
        if not binary.exists():
            sys.exit(f"build it first: {binary}")
    home = Path(tempfile.mkdtemp())
    handbook(home)
    display = os.environ.get("DISPLAY")
    xvfb = None
    if not display:
        xvfb = subprocess.Popen(["Xvfb", ":78", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        time.sleep(1)
        display = ":78"
    env = dict(os.environ)
    env.update({
        "DISPLAY": display,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "POLICYBOOK_DB": str(home / "handbook.db"),
        "POLICYBOOK_USER": "Nadia Rahman",
        "POLICYBOOK_STARTUP_PROBE": "1",
    })
    # A desktop session has a D-Bus session bus (the single-instance and notification plugins use
    # it); under bare Xvfb there is none, and every start would first try to launch one.
    bus = None
    if not env.get("DBUS_SESSION_BUS_ADDRESS") and shutil.which("dbus-daemon"):
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, text=True)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    times, mems = [], []
    try:
        for run in range(RUNS):
            t = time.monotonic()
            proc = subprocess.Popen([str(APP)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            ready = None
            for line in proc.stderr:
                if line.startswith("policybook: ready"):
                    ready = time.monotonic() - t
                    break
            if ready is None:
                proc.kill()
                sys.exit(f"the app ended without drawing its list (exit {proc.wait()})")
            time.sleep(3)
            procs = [proc.pid] + descendants(proc.pid)
            per = {p: memory_kb(p) for p in procs}
            app_rss, app_pss = per[proc.pid]
            all_rss = sum(r for r, _ in per.values())
            all_pss = sum(p for _, p in per.values())
            others = ", ".join(f"{name(p)} {per[p][1] / 1024:.0f}" for p in procs[1:] if per[p][0])
            print(f"run {run + 1}: launch to a drawn list of 1,000 policies {ready * 1000:.0f} ms; "
                  f"app RSS {app_rss / 1024:.0f} MB PSS {app_pss / 1024:.0f} MB; with its WebKit processes "
                  f"RSS {all_rss / 1024:.0f} MB PSS {all_pss / 1024:.0f} MB (PSS MB: {others})", flush=True)
            times.append(ready)
            mems.append((app_rss, all_pss))
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    finally:
        if bus:
            bus.terminate()
        if xvfb:
            xvfb.terminate()
    print(f"median launch to a drawn list: {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
          f"median app RSS {statistics.median(m[0] for m in mems) / 1024:.0f} MB, "
          f"app + WebKit PSS {statistics.median(m[1] for m in mems) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
