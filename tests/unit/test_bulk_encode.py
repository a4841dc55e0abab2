"""The bulk loader's encoders: COPY text escapes what it must, times and nulls as stored."""

from __future__ import annotations

from app.repositories.bulk_encode import copy_time, encoders, sqlite_time

TS = 1_700_000_000  # 2023-11-14 22:13:20 UTC


def test_times_in_each_backends_text():
    assert sqlite_time(TS) == "2023-11-14 22:13:20.000000"
    assert copy_time(TS) == "2023-11-14 22:13:20+00"
    assert copy_time(TS + 3599) == "2023-11-14 23:13:19+00"


def test_copy_text_escapes_only_a_chunk_that_needs_it():
    encode = encoders(sqlite=False)["customer_phone"]
    assert encode([(1, 2, "13900000001", "本人")]) == "1\t2\t13900000001\t本人\n".encode()
    assert encode([(1, 2, "139\t1", ""), (2, 3, "a\\b\nc\r", "家属")]) == (
        "1\t2\t139\\t1\t\n2\t3\ta\\\\b\\nc\\r\t家属\n".encode())


def test_nulls_booleans_and_times():
    contact = (1, None, "", "visit", "enquiry", "咨询", "undetermined", "answered", "", 3,
               None, TS, TS + 60, TS + 60)
    line = encoders(sqlite=False)["contact"]([contact]).decode()
    fields = line.rstrip("\n").split("\t")
    assert fields[1] == fields[10] == "\\N" and fields[13] == "2023-11-14 22:14:20+00"
    assert encoders(sqlite=True)["contact"]([contact])[0][10:] == (
        None, "2023-11-14 22:13:20.000000", "2023-11-14 22:14:20.000000",
        "2023-11-14 22:14:20.000000")
    customer = (1, "R1", "王伟", "长安区", "阳光小区", "1", "1", "101", "x", 90, True, False,
                False, False, "", None, None, None, None, None)
    fields = encoders(sqlite=False)["customer"]([customer]).decode().split("\t")
    assert fields[10:14] == ["t", "f", "f", "f"] and fields[15] == "\\N"
    assert encoders(sqlite=True)["customer"]([customer])[0][9] == 90.0
