"""Text in the encodings an office's files come in (issue 22, item 12): short texts of names in
GBK, Big5, UTF-16 and UTF-32 without a BOM decoded; bytes that are none of them named with a
guess; a file written back (check --fix) in the encoding it came in."""

from __future__ import annotations

import pytest

from assistant.core.errors import InputError


# ------------------------------------------------------------------ text encodings
@pytest.mark.parametrize(
    "text",
    [
        "姓名,电话\n王建国,13800000000\n李秀英,13900000000\n张伟,13700000000\n",
        "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张\n",
        "青石村2025年3月工作記錄\n一、黨建工作\n",
        "綠島小夜曲 蔣經國 鄧麗君\n",
    ],
)
@pytest.mark.parametrize("encoding", ["gbk", "big5", "utf-16-le", "utf-16-be", "utf-32-le"])
def test_short_texts_of_names_are_decoded_in_every_encoding(text: str, encoding: str) -> None:
    from assistant.io.plain import decode_bytes

    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip("not in this encoding")
    assert decode_bytes(data, "名单.txt") == text


def test_bytes_that_are_no_known_encoding_are_named_with_a_guess() -> None:
    import random

    from assistant.io.plain import decode_bytes

    rng = random.Random(7)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    with pytest.raises(InputError) as caught:
        decode_bytes(noise, "台账.txt")
    assert "台账.txt" in caught.value.message and "編碼" in caught.value.message


def test_a_big5_file_is_written_back_in_big5() -> None:
    from assistant.io.plain import TextForm

    data = "青石村2025年3月工作記錄\n一、黨建工作\n".encode("big5")
    assert TextForm.of(data).encoding == "big5"
    assert TextForm.of(data).encode("青石村2025年3月工作記錄\n一、黨建工作\n") == data


def test_a_utf16_file_without_a_bom_is_written_back_without_one() -> None:
    from assistant.io.plain import TextForm

    text = "一、黨建工作\n3月組織黨員開展志願服務。\n"
    form = TextForm.of(text.encode("utf-16-le"))
    assert form.encoding == "utf-16-le" and form.bom == b"" and form.encode(text) == text.encode("utf-16-le")
