"""QR images hold exactly the text given and read back with independent decoders.

The renderer uses one fixed data mask (see the module's docstring), so these tests decode many
random codes, at badge size and at the small size of a phone screenshot, with two decoders.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from PIL import Image

from pos_desktop.adapters.qr_image import qr_image, qr_png, save_qr_png
from pos_desktop.domain.codes import CustomerCode

SEED = 20261123


def random_codes(count: int) -> list[str]:
    """The same codes for a test whatever ran before it (a shared generator would hand each
    test other codes in another test order)."""
    rng = random.Random(SEED)
    return [CustomerCode.generate(rng.choice).value for _ in range(count)]


def zxing_texts(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image)
    assert all(b.format == zxingcpp.BarcodeFormat.QRCode for b in found)
    return [b.text for b in found]


@pytest.mark.parametrize("box_size", [10, 3, 2])
def test_random_customer_codes_decode_with_zxing(box_size: int) -> None:
    codes = random_codes(1500)
    unread = [c for c in codes if zxing_texts(qr_image(c, box_size=box_size)) != [c]]
    assert unread == []


def test_random_customer_codes_decode_with_opencv() -> None:
    detector = cv2.QRCodeDetector()
    unread = []
    for code in random_codes(300):
        gray = np.asarray(qr_image(code, box_size=4).convert("L"))
        text, _points, _straight = detector.detectAndDecode(gray)
        if text != code:
            unread.append(code)
    assert unread == []


@pytest.mark.parametrize(
    "text", ["EXPO24-T1-000001", "SPRING-FAIR-2026-T12-CN-004711", "Zoë Ünal, Café"]
)
def test_invoice_numbers_and_unicode_round_trip(text: str) -> None:
    assert zxing_texts(qr_image(text)) == [text]


def test_png_is_a_black_and_white_png_scaled_by_box_size() -> None:
    png = qr_png("EXPO24-T1-000001", box_size=5, border=4)
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.mode == "1"
        modules = image.width // 5
        assert image.width == image.height == modules * 5
        assert modules in {21 + 8, 25 + 8}  # version 1 or 2 plus a 4-module quiet zone
        assert image.getpixel((0, 0)) == 255  # quiet zone is white
        assert image.getpixel((4 * 5, 4 * 5)) == 0  # finder pattern corner is black


def test_same_text_gives_the_same_bytes() -> None:
    assert qr_png("ABCDEFGH") == qr_png("ABCDEFGH")


def test_save_creates_folders_and_writes_a_readable_png(tmp_path: Path) -> None:
    code = random_codes(1)[0]
    path = save_qr_png(code, tmp_path / "badges" / "day1" / f"{code}.png")
    with Image.open(path) as image:
        assert zxing_texts(image) == [code]
