"""``pos-desktop scan``: images, a video file and a camera; what each code would do, per frame.

No database is involved (the URL given points nowhere on purpose).
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import pytest

from pos_desktop.domain.codes import check_character
from tests.support.cli import EXIT_BAD_INPUT, EXIT_REFUSED, Cli
from tests.support.scan_frames import qr_frame, write_video

CODE = "7KX2M9P" + check_character("7KX2M9P")
MISTYPED = CODE[:-1] + ("0" if CODE[-1] != "0" else "1")


@pytest.fixture
def cli(empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    url = f"sqlite:///{tmp_path / 'never-opened.sqlite3'}"
    return Cli.isolated(url, empty_config, tmp_path, monkeypatch)


def image(folder: Path, name: str, text: str, distortion: str = "clean") -> Path:
    path = folder / name
    assert cv2.imwrite(str(path), qr_frame(text, distortion, 7))
    return path


def lines_of(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_images_say_what_each_code_is_understood_as(cli: Cli, tmp_path: Path) -> None:
    files = [
        image(tmp_path, "badge.png", CODE.lower(), "rotation"),
        image(tmp_path, "typo.png", MISTYPED),
        image(tmp_path, "receipt.png", "EXPO24-T1-000042", "blur"),
        image(tmp_path, "nothing.png", "", "empty"),
    ]
    result = cli.ok("scan", "--image", *map(str, files), "--json")
    rows = lines_of(result.stdout)
    assert [(r["source"], r["text"], r["kind"]) for r in rows] == [
        (str(files[0]), CODE.lower(), "customer"),
        (str(files[1]), MISTYPED, "rejected"),
        (str(files[2]), "EXPO24-T1-000042", "invoice"),
        (str(files[3]), None, None),
    ]
    assert rows[0]["value"] == CODE
    assert "not a valid customer code" in str(rows[1]["reason"])
    assert all(isinstance(r["ms"], float) and r["ms"] >= 0 for r in rows)
    assert not (tmp_path / "never-opened.sqlite3").exists()

    text = cli.ok("scan", "--image", str(files[0]), str(files[3]), "--backend", "opencv").stdout
    assert f"-> customer {CODE}" in text
    assert "nothing decoded" in text
    assert "2 frames, 1 decoded" in text


def test_a_video_file_frame_by_frame(cli: Cli, tmp_path: Path) -> None:
    frames = [qr_frame("", "empty", 1), qr_frame("4006381333931", "noise", 2)] * 2
    video = write_video(tmp_path / "booth.avi", frames)
    rows = lines_of(cli.ok("scan", "--video", str(video), "--json").stdout)
    assert [r["frame"] for r in rows] == [0, 1, 2, 3]
    assert [r["kind"] for r in rows] == [None, "product", None, "product"]
    limited = lines_of(cli.ok("scan", "--video", str(video), "--frames", "1", "--json").stdout)
    assert len(limited) == 1


def test_a_missing_camera_and_bad_usage_are_refused(cli: Cli, tmp_path: Path) -> None:
    missing = cli.fails(EXIT_REFUSED, "scan", "--camera", "7")
    assert "camera 7 cannot be opened" in missing.stderr
    usage = cli.invoke("scan")
    assert usage.exit_code == EXIT_BAD_INPUT
    assert "exactly one of --image" in usage.stderr
    both = cli.invoke("scan", "--camera", "0", "--video", str(image(tmp_path, "x.png", CODE)))
    assert both.exit_code == EXIT_BAD_INPUT
    not_image = tmp_path / "notes.txt"
    not_image.write_text("hello")
    assert "not an image" in cli.fails(EXIT_BAD_INPUT, "scan", "--image", str(not_image)).stderr
