"""Start-up benchmarks: what every command and every till start waits for before any work.

Run from the repository root::

    .venv/bin/python -m tests.benchmarks.start [--runs 20] [--checkout DIR]

Three wall-clock times of a fresh process each, on a small SQLite database made for the run
(``init`` and one customer): ``pos-desktop --help``, ``pos-desktop customer show CODE`` and
the app's cold start to the login window (the same script as ``tests.benchmarks.gui``'s cold
start, offscreen). ``--checkout`` times the code of another checkout (an older commit's
``git worktree``) with this one's script, so both can be compared on one machine at one time:
the runs of the two alternate. Prints median and minimum; exits non-zero when a median misses
its target. On a loaded machine the minimum says more about the code than the median.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.gui import COLD_START

#: The targets of issue 20 (medians, milliseconds); None: a figure to read, not a target.
TARGETS_MS: dict[str, float | None] = {
    "pos-desktop --help": 150.0,
    "pos-desktop customer show CODE": 400.0,
    "cold start to the login window": 1000.0,
    "cold start until Log in goes ahead": None,
}
CHECKOUT = Path(__file__).resolve().parents[2]


def _environment(checkout: Path, folder: Path) -> dict[str, str]:
    # An installed app runs from bytecode (pip and the bundle write it): a shell that sets
    # PYTHONDONTWRITEBYTECODE would time the compiling of every module instead.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("POS_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env |= {
        "PYTHONPATH": str(checkout),
        "POS_DATABASE_URL": f"sqlite:///{folder / 'pos.sqlite3'}",
        "POS_CONFIG": str(folder / "pos.toml"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return env


def _pos(*args: str) -> list[str]:
    return [sys.executable, "-c", "from pos_desktop.cli.main import main; main()", *args]


def prepare(folder: Path, checkout: Path) -> str:
    """A database set up by ``checkout``'s own code (an older commit may not read a newer
    schema), with one customer; that customer's code."""
    folder.mkdir()
    (folder / "pos.toml").write_text("")
    (folder / "pw").write_text("correct horse battery\n")
    env = _environment(checkout, folder)
    init = ["init", "--admin", "admin", "--password-file", str(folder / "pw")]
    subprocess.run(
        _pos(*init, "--exhibition", "Expo", "--exhibition-code", "EXPO"),
        env=env,
        check=True,
        cwd=folder,
        capture_output=True,
    )
    added = subprocess.run(
        _pos("customer", "add", "--name", "Ada", "--email", "ada@example.org", "--json"),
        env=env,
        check=True,
        cwd=folder,
        capture_output=True,
        text=True,
    )
    return str(json.loads(added.stdout)["code"])


#: The cold start as code before the early login window had it (``--checkout`` of an older
#: commit): the database opened first, then the window, so both cold-start rows time this.
BEFORE_EARLY_LOGIN = """
from pos_desktop.config import load_settings
from pos_desktop.bootstrap import build_services
from pos_desktop.ui.app import application
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.workers import ThreadPoolRunner
app = application()
services = build_services(load_settings())
state = services.database_admin.startup()
dialog = LoginDialog(services, ThreadPoolRunner())
dialog.show()
app.processEvents()
print("ready", state.value, flush=True)
"""


def commands(code: str, *, before_early_login: bool = False) -> dict[str, list[str]]:
    """The timed commands; ``code`` is the customer ``prepare`` made."""
    if before_early_login:
        old = [sys.executable, "-c", BEFORE_EARLY_LOGIN]
        return {
            "pos-desktop --help": _pos("--help"),
            "pos-desktop customer show CODE": _pos("customer", "show", code),
            "cold start to the login window": old,
            "cold start until Log in goes ahead": old,
        }
    return {
        "pos-desktop --help": _pos("--help"),
        "pos-desktop customer show CODE": _pos("customer", "show", code),
        "cold start to the login window": [sys.executable, "-c", COLD_START, "window"],
        # The window is up before the database layer has loaded; this one waits for it.
        "cold start until Log in goes ahead": [sys.executable, "-c", COLD_START],
    }


def time_once(command: list[str], env: dict[str, str], folder: Path) -> float:
    """One run; in ``folder``, since ``python -c`` puts the working directory first on the
    path (from a checkout, that checkout's code would win over ``PYTHONPATH``)."""
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=folder)
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.start")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--checkout", type=Path, help="also time this checkout's code")
    args = parser.parse_args(argv)
    trees = {"this": CHECKOUT} | ({"other": args.checkout.resolve()} if args.checkout else {})
    failed = False
    with tempfile.TemporaryDirectory(prefix="pos_start_bench_") as name:
        folders = {label: Path(name) / label for label in trees}
        codes = {label: prepare(folders[label], tree) for label, tree in trees.items()}
        envs = {label: _environment(tree, folders[label]) for label, tree in trees.items()}
        print(f"{'measurement':<34} {'code':<6} {'median ms':>10} {'min ms':>8}  target")
        for what, target in TARGETS_MS.items():
            runs = {
                label: commands(codes[label], before_early_login=label != "this")[what]
                for label in trees
            }
            for label, env in envs.items():  # warm the file cache, compile the bytecode
                time_once(runs[label], env, folders[label])
            samples: dict[str, list[float]] = {label: [] for label in trees}
            for _ in range(args.runs):
                for label, env in envs.items():
                    samples[label].append(time_once(runs[label], env, folders[label]))
            for label, values in samples.items():
                median = statistics.median(values)
                verdict = ""
                if label == "this" and target is not None:
                    verdict = "PASS" if median < target else "FAIL"
                    failed |= verdict == "FAIL"
                print(
                    f"{what:<34} {label:<6} {median:>10.0f} {min(values):>8.0f}"
                    f"  {'< ' + format(target, 'g') if target else '(no target)'} {verdict}"
                )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
