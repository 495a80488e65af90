"""``audit verify``'s parts run by worker processes, one per core, each with its connection.

Why processes: most of a verification is the database spelling rows and Python hashing them,
a few microseconds per row in each; threads would take turns on Python's lock (measured:
two threads took as long as one). Why a plain ``python -c`` child and not multiprocessing: a
multiprocessing child imports the parent's main module again (the app or the CLI); this child
imports the verifying modules only, as ``import_batches``' children do. A frozen app (whose
executable is not a Python) and small databases run the parts in-process.

Protocol: the parent writes the database URL, then one pickled task at a time to a child's
stdin and reads its pickled result (or the text of its error) from its stdout; ``None``
ends the child. A thread per child hands out the tasks in the order given (costliest first).

Thread rule: ``Workers.run`` blocks until every part is done; call it from a worker or the
CLI.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine

import pos_desktop
from pos_desktop.services.audit_verify_parts import ChainPart, RecordsPart, Task, run

_CHILD = "from pos_desktop.services.audit_verify_workers import serve; serve()"
Result = ChainPart | RecordsPart


class Workers:
    """``processes`` worker processes (none: the parts run in this process), started at once so
    they import while the caller plans; ``run`` hands them the parts."""

    def __init__(self, engine: Engine, processes: int) -> None:
        self._engine = engine
        self._children: list[subprocess.Popen[bytes]] = []
        if processes > 1 and not getattr(sys, "frozen", False):
            url = engine.url.render_as_string(hide_password=False)
            self._children = [_start(url) for _ in range(processes)]

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *_exc: object) -> None:
        for child in self._children:  # all told to end first, then waited for
            _tell_to_end(child)
        for child in self._children:
            _stop(child)

    def run(self, tasks: Sequence[Task]) -> list[Result]:
        """Every task's result, in the tasks' order."""
        if not self._children:
            results: list[Result] = []
            for task in tasks:
                with self._engine.connect() as connection, connection.begin():
                    results.append(run(connection, task))
            return results
        todo: queue.Queue[tuple[int, Task]] = queue.Queue()
        for index, task in enumerate(tasks):
            todo.put((index, task))
        done: dict[int, Result] = {}
        failures: list[BaseException] = []
        threads = [
            threading.Thread(target=_feed, args=(child, todo, done, failures), daemon=True)
            for child in self._children
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]
        return [done[index] for index in range(len(tasks))]


def _feed(
    child: subprocess.Popen[bytes],
    todo: queue.Queue[tuple[int, Task]],
    done: dict[int, Result],
    failures: list[BaseException],
) -> None:
    """Give ``child`` tasks until none is left (or one failed), collecting the results."""
    assert child.stdin is not None and child.stdout is not None
    try:
        while not failures:
            try:
                index, task = todo.get_nowait()
            except queue.Empty:
                break
            pickle.dump(task, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            child.stdin.flush()
            result = pickle.load(child.stdout)  # noqa: S301 - our own child
            if isinstance(result, str):
                raise RuntimeError(f"an audit verify worker failed: {result}")
            done[index] = result
    except EOFError:
        failures.append(
            RuntimeError(f"an audit verify worker stopped unexpectedly (exit {child.wait()})")
        )
    except BaseException as error:  # handed to the calling thread
        failures.append(error)


def _start(url: str) -> subprocess.Popen[bytes]:
    environment = dict(os.environ)
    package_root = str(Path(pos_desktop.__file__).resolve().parents[1])
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (package_root, environment.get("PYTHONPATH")) if p
    )
    child = subprocess.Popen(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", _CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=environment,
    )
    assert child.stdin is not None
    pickle.dump(url, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
    child.stdin.flush()
    return child


def _tell_to_end(child: subprocess.Popen[bytes]) -> None:
    if child.stdin is not None and not child.stdin.closed:
        try:
            pickle.dump(None, child.stdin)
            child.stdin.close()
        except OSError:  # it is gone already
            pass


def _stop(child: subprocess.Popen[bytes]) -> None:
    _tell_to_end(child)
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    if child.stdout is not None:
        child.stdout.close()


def serve(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> None:
    """The worker process: the URL, then tasks from ``stdin``; results to ``stdout``."""
    from pos_desktop.storage.engine import create_engine_for  # noqa: PLC0415 - child only

    source = stdin or sys.stdin.buffer
    out = stdout
    if out is None:  # results get the real stdout; anything printed goes to stderr
        out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    engine = create_engine_for(pickle.load(source))  # noqa: S301 - our parent
    try:
        while (task := pickle.load(source)) is not None:  # noqa: S301 - our parent
            answer: Any
            try:
                with engine.connect() as connection, connection.begin():
                    answer = run(connection, task)
            except Exception as error:  # reported to the parent
                answer = f"{type(error).__name__}: {error}"
            pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    finally:
        engine.dispose()
