"""Files in the encodings people's spreadsheets and CRMs write: the right text, or a note on every
row whose text may be wrong (never mojibake without a word, as ``ŽR“c‘¾˜Y`` for 山田太郎 was)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from pos_desktop.adapters.table_files import TableFile
from pos_desktop.domain.errors import ValidationError

JAPANESE = [
    ("山田太郎", "taro@example.jp", "株式会社テスト"),
    ("佐藤花子", "hanako@example.jp", "東京商事"),
]
CHINESE = [
    ("王小明", "wang@example.cn", "北京科技有限公司"),
    ("山田太郎", "yamada@example.cn", "上海贸易有限公司"),
    ("李华", "li@example.cn", "深圳电子"),
]
WESTERN = [("Jürgen Müller", "j@example.de", "Müller & Söhne"), ("Zoë Lefèvre", "z@x.fr", "Café")]


def write(path: Path, rows: Sequence[tuple[str, ...]], encoding: str, *, sep: str = ",") -> Path:
    lines = [sep.join(("Name", "Email", "Company")), *(sep.join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def right_or_noted(table: TableFile, expected: Sequence[tuple[str, ...]]) -> None:
    """Every row is read as written, or carries a note saying to check it."""
    rows = list(table.noted_rows())
    assert len(rows) == len(expected)
    for (_number, cells, note), want in zip(rows, expected, strict=True):
        assert cells == list(want) or note, f"{cells} read silently instead of {want}"


@pytest.mark.parametrize(
    ("rows", "encoding", "shown"),
    [
        (JAPANESE, "shift_jis", "cp932"),
        (JAPANESE, "cp932", "cp932"),
        (CHINESE, "gb18030", "gb18030"),
        (CHINESE, "gbk", "gb18030"),
        (WESTERN, "cp1252", "cp1252"),
        (WESTERN, "utf-16", "utf-16"),
        (JAPANESE, "utf-16", "utf-16"),
        (JAPANESE, "utf-16-le", "utf-16-le"),  # no byte-order mark
        (WESTERN, "utf-16-be", "utf-16-be"),
        (JAPANESE, "utf-8-sig", "utf-8-sig"),
    ],
)
def test_each_encoding_reads_back_the_names(
    tmp_path: Path, rows: Sequence[tuple[str, ...]], encoding: str, shown: str
) -> None:
    table = TableFile(write(tmp_path / "people.csv", rows, encoding))
    assert table.info.encoding == shown
    assert table.info.headers == ("Name", "Email", "Company")
    assert [cells for _n, cells, _note in table.noted_rows()] == [list(r) for r in rows]


def test_sure_encodings_have_no_notes(tmp_path: Path) -> None:
    for rows, encoding in [(CHINESE, "gb18030"), (WESTERN, "cp1252"), (WESTERN, "utf-8")]:
        table = TableFile(write(tmp_path / f"{encoding}.csv", rows, encoding))
        assert table.info.encoding_note is None
        assert all(note is None for _n, _c, note in table.noted_rows())


def test_a_short_file_that_fits_several_encodings_is_noted_on_every_row(tmp_path: Path) -> None:
    """Two Chinese characters are valid GB18030, Big5 and Korean alike: the guess may be
    wrong, and then every row with such text says so."""
    rows = [("王小明", "wang@example.cn", "x")]
    table = TableFile(write(tmp_path / "short.csv", rows, "gb18030"))
    assert table.info.encoding_note is not None
    assert "a guess" in table.info.encoding_note
    assert "GB18030" in table.info.encoding_note  # named as one it could be
    right_or_noted(table, rows)
    [(_n, _cells, note)] = list(table.noted_rows())
    assert note is not None
    assert "a guess" in note


def test_a_file_pasted_together_from_utf8_and_latin1_reads_each_row_right(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"Name,Email,Company\n"
        + "Jürgen Müller,j@example.de,Müller\n".encode()
        + "山田太郎,taro@example.jp,株式会社テスト\n".encode()
        + "Jürgen Latin,l@example.de,Söhne\n".encode("latin-1")
        + b"Plain Person,p@example.org,ACME\n"
    )
    table = TableFile(path)
    assert table.info.encoding == "utf-8+cp1252"
    assert table.info.encoding_note is not None
    assert "mixed encodings: 2 rows in UTF-8 and 1 in Windows-1252" in table.info.encoding_note
    rows = list(table.noted_rows())
    assert [cells[0] for _n, cells, _note in rows] == [  # type: ignore[index]
        "Jürgen Müller",
        "山田太郎",
        "Jürgen Latin",
        "Plain Person",
    ]
    notes = {number: note for number, _cells, note in rows if note}
    assert list(notes) == [4]  # the one row not in the file's main encoding
    assert "read as Windows-1252, while most rows are UTF-8" in notes[4]


def test_mostly_windows_1252_with_a_utf8_row(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"Name\n"
        + "Zoë\n".encode("cp1252")
        + "Åsa\n".encode("cp1252")
        + "Jürgen\n".encode()  # pasted from a UTF-8 export
    )
    rows = list(TableFile(path).noted_rows())
    assert [cells for _n, cells, _note in rows] == [["Zoë"], ["Åsa"], ["Jürgen"]]
    assert [note is not None for _n, _c, note in rows] == [False, False, True]


def test_bytes_the_encoding_lacks_are_replaced_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(
        b"Name,City\n"
        + "山田太郎,東京\n".encode("shift_jis")
        + "佐藤花子,大阪\n".encode("shift_jis")[:-4]
        + b"\xff\xfe,x\n"
    )
    table = TableFile(path, "cp932")
    rows = list(table.noted_rows())
    assert rows[0][1] == ["山田太郎", "東京"]
    assert rows[1][2] is not None
    assert "replaced by \ufffd" in rows[1][2]


def test_a_named_encoding_wins_and_a_wrong_name_is_refused(tmp_path: Path) -> None:
    rows = [("王小明", "wang@example.cn", "x")]
    path = write(tmp_path / "short.csv", rows, "gb18030")
    table = TableFile(path, "gb18030")
    assert (table.info.encoding, table.info.encoding_note) == ("gb18030", None)
    assert [(cells, note) for _n, cells, note in table.noted_rows()] == [(list(rows[0]), None)]
    assert TableFile(write(tmp_path / "w.csv", WESTERN, "utf-16"), "utf-16").info.headers == (
        "Name",
        "Email",
        "Company",
    )
    for name in ("klingon", "base64"):
        with pytest.raises(ValidationError) as caught:
            TableFile(path, name)
        assert caught.value.fields == ["encoding"]


def test_old_mac_line_ends_and_quoted_line_breaks_in_a_legacy_file(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes('Name,Notes\r"Jürgen","erste\rzweite"\rZoë,x\r'.encode("cp1252"))
    rows = list(TableFile(path).noted_rows())
    assert rows == [(2, ["Jürgen", "erste\rzweite"], None), (4, ["Zoë", "x"], None)]
