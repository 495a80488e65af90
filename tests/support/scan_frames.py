"""Synthetic camera frames with a customer's QR, as a phone or badge shows it to a webcam.

Shared by the decoder tests and ``tests/benchmarks/scanning.py``: 1280x720 BGR frames, the QR
drawn by our own ``qr_image`` adapter, then one distortion each. Seeded, so a failure repeats.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from pos_desktop.adapters.qr_image import qr_image
from pos_desktop.domain.codes import CustomerCode

WIDTH, HEIGHT = 1280, 720
BACKGROUND = 190
DISTORTIONS = (
    "clean",
    "noise",
    "blur",
    "motion_blur",
    "rotation",
    "perspective",
    "small",
    "low_contrast",
    "empty",
)
Frame = np.ndarray[Any, Any]


def random_code(rng: random.Random) -> str:
    return CustomerCode.generate(rng.choice).value


def _place(qr: Frame, rng: random.Random) -> tuple[Frame, tuple[float, float]]:
    canvas = np.full((HEIGHT, WIDTH), BACKGROUND, np.uint8)
    size = qr.shape[0]
    margin = size // 2 + 10
    x = rng.randint(margin, WIDTH - size - margin)
    y = rng.randint(margin, HEIGHT - size - margin)
    canvas[y : y + size, x : x + size] = qr
    return canvas, (x + size / 2, y + size / 2)


def qr_frame(text: str, distortion: str, seed: int) -> Frame:
    """One frame holding ``text`` as a QR (none for ``empty``), distorted as named."""
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    box = 3 if distortion == "small" else 8
    qr: Frame = np.asarray(qr_image(text, box_size=box).convert("L"), dtype=np.uint8)
    if distortion == "low_contrast":
        qr = np.where(qr > 127, 150, 115).astype(np.uint8)
    if distortion == "empty":
        frame: Frame = np.full((HEIGHT, WIDTH), BACKGROUND, np.uint8)
        center = (WIDTH / 2, HEIGHT / 2)
    else:
        frame, center = _place(qr, rng)
    size = qr.shape[0]
    if distortion == "rotation":
        matrix = cv2.getRotationMatrix2D(center, rng.uniform(10, 80), 1.0)
        frame = cv2.warpAffine(frame, matrix, (WIDTH, HEIGHT), borderValue=BACKGROUND)
    elif distortion == "perspective":
        cx, cy = center
        half = size / 2
        square = np.array(
            [[cx - half, cy - half], [cx + half, cy - half], [cx + half, cy + half],
             [cx - half, cy + half]],
            dtype=np.float32,
        )  # fmt: skip
        shift = nprng.uniform(-0.2, 0.2, (4, 2)) * size
        matrix = cv2.getPerspectiveTransform(square, (square + shift).astype(np.float32))
        frame = cv2.warpPerspective(frame, matrix, (WIDTH, HEIGHT), borderValue=BACKGROUND)
    elif distortion == "blur":
        frame = cv2.GaussianBlur(frame, (0, 0), 2.0)
    elif distortion == "motion_blur":
        kernel = np.zeros((9, 9), np.float32)
        kernel[4, :] = 1 / 9
        frame = cv2.filter2D(frame, -1, kernel)
    if distortion in ("noise", "empty"):
        noisy = frame.astype(np.int16) + np.asarray(nprng.normal(0, 25, frame.shape)).astype(
            np.int16
        )
        frame = np.clip(noisy, 0, 255).astype(np.uint8)
    bgr: Frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    return bgr


def frame_set(count: int, seed: int = 2026) -> list[tuple[str, str, Frame]]:
    """``(distortion, code, frame)`` for ``count`` frames of every distortion."""
    rng = random.Random(seed)
    frames = []
    for distortion in DISTORTIONS:
        for i in range(count):
            code = random_code(rng)
            frames.append((distortion, code, qr_frame(code, distortion, seed * 1000 + i)))
    return frames


def write_video(path: Path, frames: list[Frame], fps: float = 25.0) -> Path:
    """An MJPG ``.avi`` that ``cv2.VideoCapture`` reads back like a camera."""
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened(), "OpenCV cannot write MJPG video here"
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path
