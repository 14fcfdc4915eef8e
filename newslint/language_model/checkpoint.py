"""Read a TensorFlow checkpoint with numpy alone: no TensorFlow needed to use its weights.

A checkpoint is two files, ``PREFIX.index`` and ``PREFIX.data-00000-of-00001``. The index is a
table in LevelDB's format (uncompressed blocks of prefix-compressed keys, an index block, a
48-byte footer ending in a magic number) mapping each tensor's name to a small protocol buffer
(``BundleEntryProto``: its dtype, shape, and where its bytes lie in the data file). The data
file is read through a memory map, so loading costs milliseconds and pages of the weights are
read from disk when first used.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

_MAGIC = 0xDB4775248B80FB57
_DTYPES = {1: np.float32, 2: np.float64, 3: np.int32, 9: np.int64}


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _block_entries(buf: bytes):
    """(key, value) of one table block (prefix-compressed keys, restart array at the end)."""
    restarts = struct.unpack_from("<I", buf, len(buf) - 4)[0]
    end = len(buf) - 4 - 4 * restarts
    pos, key = 0, b""
    while pos < end:
        shared, pos = _varint(buf, pos)
        unshared, pos = _varint(buf, pos)
        size, pos = _varint(buf, pos)
        key = key[:shared] + buf[pos:pos + unshared]
        pos += unshared
        yield key, buf[pos:pos + size]
        pos += size


def _block(data: bytes, handle: bytes) -> bytes:
    offset, pos = _varint(handle, 0)
    size, _ = _varint(handle, pos)
    if data[offset + size] != 0:
        raise ValueError("compressed checkpoint blocks are not supported")
    return data[offset:offset + size]


def _fields(msg: bytes):
    pos = 0
    while pos < len(msg):
        tag, pos = _varint(msg, pos)
        number, wire = tag >> 3, tag & 7
        if wire == 0:
            value, pos = _varint(msg, pos)
        elif wire == 2:
            size, pos = _varint(msg, pos)
            value, pos = msg[pos:pos + size], pos + size
        elif wire == 5:
            value, pos = struct.unpack_from("<I", msg, pos)[0], pos + 4
        elif wire == 1:
            value, pos = struct.unpack_from("<Q", msg, pos)[0], pos + 8
        else:
            raise ValueError(f"unknown protobuf wire type {wire}")
        yield number, value


def entries(prefix: Path):
    """(name, numpy dtype, shape, offset, size in bytes) of each tensor of the checkpoint at
    ``prefix``, its bytes lying at ``offset`` in the data file."""
    index = Path(str(prefix) + ".index").read_bytes()
    footer = index[-48:]
    if struct.unpack_from("<Q", footer, 40)[0] != _MAGIC:
        raise ValueError("not a TensorFlow checkpoint index")
    _, pos = _varint(footer, 0)
    _, pos = _varint(footer, pos)
    index_handle = footer[pos:]
    for _, handle in _block_entries(_block(index, index_handle)):
        for key, value in _block_entries(_block(index, handle)):
            if not key:
                continue  # the bundle's header
            dtype, shape, offset, size = 1, [], 0, 0
            for number, v in _fields(value):
                if number == 1:
                    dtype = v
                elif number == 2:
                    shape = [dict(_fields(dim)).get(1, 0) for n, dim in _fields(v) if n == 2]
                elif number == 4:
                    offset = v
                elif number == 5:
                    size = v
            if dtype in _DTYPES:
                yield key.decode(), _DTYPES[dtype], shape, offset, size


def read_checkpoint(prefix: Path) -> dict[str, np.ndarray]:
    """Every tensor of the checkpoint at ``prefix``, by name (read-only arrays)."""
    data = np.memmap(str(prefix) + ".data-00000-of-00001", dtype=np.uint8, mode="r")
    return {
        name: np.frombuffer(data[offset:offset + size], dtype=dtype).reshape(shape)
        for name, dtype, shape, offset, size in entries(prefix)
    }
