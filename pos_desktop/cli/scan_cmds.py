"""``scan``: decode images, a video file or a camera, and say what each code would do.

For setting up and diagnosing cameras at the booth: what was decoded, what the app would
understand it as (customer / product / invoice / rejected, with the reason, by the same parser
the app uses) and how long decoding took per frame. Needs no database.

``--json`` prints one JSON object per line (JSON Lines), one per image or frame, so a camera
can stream: ``source``, ``frame`` (video and camera; null for images), ``text`` (null when
nothing was decoded), ``kind`` (``customer``, ``product``, ``invoice``, ``rejected``; null
when nothing was decoded), ``value``, ``reason`` (why rejected) and ``ms``.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import cv2

from pos_desktop.adapters.camera import open_capture
from pos_desktop.adapters.decoders import DECODER_NAMES, Decoder, Frame, make_decoder
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.scan_payload import parse_scan


def _images(paths: tuple[Path, ...]) -> Iterator[tuple[str, int | None, Frame]]:
    for path in paths:
        frame = cv2.imread(str(path))
        if frame is None:
            raise ValidationError.single("--image", f"{path} is not an image OpenCV can read")
        yield str(path), None, frame


def _stream(source: str, name: str, limit: int | None) -> Iterator[tuple[str, int | None, Frame]]:
    capture = open_capture(source)
    try:
        index = 0
        while limit is None or index < limit:
            ok, frame = capture.read()
            if not ok or frame is None:
                return
            yield name, index, frame
            index += 1
    finally:
        capture.release()


def scan_result(
    source: str, frame_index: int | None, frame: Frame, decoder: Decoder
) -> dict[str, Any]:
    started = time.perf_counter()
    found = decoder.decode(frame)
    ms = (time.perf_counter() - started) * 1000
    result: dict[str, Any] = {
        "source": source,
        "frame": frame_index,
        "text": None,
        "kind": None,
        "value": None,
        "reason": None,
        "ms": round(ms, 2),
    }
    if found:
        payload = parse_scan(found[0].text)
        result.update(
            text=found[0].text,
            kind=payload.kind.value,
            value=payload.value or None,
            reason=payload.reason or None,
        )
    return result


def _line(result: dict[str, Any]) -> str:
    where = (
        result["source"]
        if result["frame"] is None
        else f"{result['source']} frame {result['frame']}"
    )
    if result["text"] is None:
        return f"{where}: nothing decoded ({result['ms']:.1f} ms)"
    payload = parse_scan(result["text"])
    return f"{where}: {result['text']!r} -> {payload.describe()} ({result['ms']:.1f} ms)"


@click.command("scan")
@click.option(
    "--image",
    "images",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Image file(s) to decode (repeat the option, or give several after one).",
)
@click.option("--video", type=click.Path(dir_okay=False, exists=True), help="A video file.")
@click.option("--camera", type=int, help="A camera by number (0 is the first).")
@click.option(
    "--backend",
    type=click.Choice(DECODER_NAMES),
    help="Decoder (default: scanner.decoder, normally zxing).",
)
@click.option("--frames", type=click.IntRange(min=1), help="Stop after this many frames.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per image or frame.")
@click.argument(
    "more_images", nargs=-1, type=click.Path(dir_okay=False, exists=True, path_type=Path)
)
@pass_context
def scan(
    obj: CliContext,
    /,
    *,
    images: tuple[Path, ...],
    more_images: tuple[Path, ...],
    video: str | None,
    camera: int | None,
    backend: str | None,
    frames: int | None,
    as_json: bool,
) -> None:
    """Decode --image FILE..., --video FILE or --camera N; print what each code means."""
    all_images = images + more_images
    chosen = sum(bool(x) for x in (all_images, video, camera is not None))
    if chosen != 1:
        raise click.UsageError("give exactly one of --image FILE..., --video FILE, --camera N")
    if more_images and not images:
        raise click.UsageError("image files follow --image")
    decoder = make_decoder(backend or obj.settings.scanner.decoder)
    if all_images:
        source = _images(all_images)
    elif video is not None:
        source = _stream(video, video, frames)
    else:  # a missing or busy camera raises CameraUnavailable: exit code 1 with the reason
        source = _stream(str(camera), f"camera {camera}", frames)
    times: list[float] = []
    decoded = 0
    for name, index, frame in source:
        result = scan_result(name, index, frame, decoder)
        times.append(result["ms"])
        decoded += result["text"] is not None
        click.echo(json.dumps(result, ensure_ascii=False) if as_json else _line(result))
    if not as_json and len(times) > 1:
        click.echo(
            f"{len(times)} frames, {decoded} decoded, median {statistics.median(times):.1f} ms"
            f"/frame ({decoder.name})"
        )
