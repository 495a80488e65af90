"""The camera pipeline on video files read through ``cv2.VideoCapture``: codes come out, the
end of the stream counts as a lost camera and is retried, and a missing camera is reported."""

from __future__ import annotations

import threading
from pathlib import Path

from pos_desktop.adapters.camera import CameraScanner, FrameResult
from pos_desktop.adapters.decoders import make_decoder
from tests.support.scan_frames import qr_frame, write_video


class Collected:
    def __init__(self) -> None:
        self.codes: list[str] = []
        self.statuses: list[tuple[str, bool]] = []
        self.frames = 0
        self.changed = threading.Condition()

    def code(self, text: str) -> None:
        with self.changed:
            self.codes.append(text)
            self.changed.notify_all()

    def status(self, text: str, ok: bool) -> None:
        with self.changed:
            self.statuses.append((text, ok))
            self.changed.notify_all()

    def frame(self, _result: FrameResult) -> None:
        self.frames += 1

    def wait(self, condition: object, timeout: float = 10.0) -> bool:
        with self.changed:
            return self.changed.wait_for(condition, timeout)  # type: ignore[arg-type]


def test_a_video_file_of_a_shown_qr_gives_its_code_then_reports_the_camera_lost(
    tmp_path: Path,
) -> None:
    code = "7KX2M9P9"
    frames = [qr_frame("", "empty", 1) for _ in range(5)]
    frames += [qr_frame(code, d, 10 + i) for i, d in enumerate(["noise", "blur", "rotation"])]
    video = write_video(tmp_path / "booth.avi", frames)
    seen = Collected()
    scanner = CameraScanner(
        str(video), make_decoder("zxing"), seen.code, seen.status, seen.frame, retry_seconds=0.05
    )
    scanner.start()
    try:
        assert seen.wait(lambda: sum(not ok for _t, ok in seen.statuses) >= 1)
    finally:
        scanner.stop()
    assert not scanner.running
    assert seen.codes[:3] == [code, code, code]
    assert seen.frames >= len(frames)
    assert seen.statuses[0] == (f"{video}: reading", True)
    assert "lost (unplugged, or the stream ended)" in seen.statuses[1][0]


def test_a_missing_camera_is_reported_and_retried(tmp_path: Path) -> None:
    seen = Collected()
    missing = str(tmp_path / "no-such-camera.avi")
    scanner = CameraScanner(
        missing, make_decoder("zxing"), seen.code, seen.status, retry_seconds=0.02
    )
    scanner.start()
    try:
        assert seen.wait(lambda: len(seen.statuses) >= 2)
        write_video(Path(missing), [qr_frame("7KX2M9P9", "clean", 3)] * 3)  # plugged in
        assert seen.wait(lambda: "7KX2M9P9" in seen.codes)
    finally:
        scanner.stop()
    assert "cannot be opened: not connected, or busy" in seen.statuses[0][0]
    assert not seen.statuses[0][1]
