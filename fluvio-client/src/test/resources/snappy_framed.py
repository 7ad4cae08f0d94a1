"""Snappy framing with python-snappy, an implementation independent of Tributary's.

Usage: python3 snappy_framed.py c|d  (standard input to standard output)
c writes a framed stream (python-snappy's StreamCompressor: stream identifier, chunks of at
most 64 KiB, masked CRC-32C); d reads one (StreamDecompressor, which verifies every CRC).
The chunk framing is python-snappy's and the block codec Google's libsnappy. Debian's build
computes CRC-32C in C through a call that fails on Python 3.10 and later ("PY_SSIZE_T_CLEAN
macro must be defined"), so the CRC-32C (Castagnoli) is computed here instead.
"""
import sys

import snappy.snappy as framing

_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0x82F63B78 if _c & 1 else _c >> 1
    _TABLE.append(_c)


def crc32c(data):
    crc = 0xFFFFFFFF
    table = _TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


assert crc32c(b"123456789") == 0xE3069283
framing._crc32c = crc32c

data = sys.stdin.buffer.read()
if sys.argv[1] == "c":
    out = framing.StreamCompressor().add_chunk(data)
else:
    d = framing.StreamDecompressor()
    out = d.decompress(data) + d.flush()
sys.stdout.buffer.write(out)
