"""A tiny PNG decoder for screenshot checks (8-bit RGB/RGBA/grey, not interlaced).

Pillow is not a project dependency; numpy (a spaCy dependency) does the row filters that
vectorise (None, Sub, Up); Average and Paeth rows, rare in Chromium's screenshots, are
undone in Python.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import numpy as np

_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    pixels: np.ndarray  # (height, width, channels) uint8


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(data: bytes) -> Image:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat = 8, bytearray()
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, chunk = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or interlace or colour not in _CHANNELS:
                raise ValueError(f"unsupported PNG: depth {depth}, colour {colour}")
            channels = _CHANNELS[colour]
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
        pos += 12 + length
    raw = np.frombuffer(zlib.decompress(bytes(idat)), dtype=np.uint8)
    stride = width * channels
    rows = raw.reshape(height, stride + 1)
    out = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:]
        if kind == 0:
            cur = line.copy()
        elif kind == 1:  # Sub: running sum per channel
            cur = (np.cumsum(line.reshape(width, channels).astype(np.int64), axis=0) % 256)
            cur = cur.astype(np.uint8).reshape(stride)
        elif kind == 2:
            cur = (line.astype(np.uint16) + prev).astype(np.uint8)
        elif kind in (3, 4):
            cur_list = [0] * stride
            src, up = line.tolist(), prev.tolist()
            for i in range(stride):
                left = cur_list[i - channels] if i >= channels else 0
                if kind == 3:
                    pred = (left + up[i]) // 2
                else:
                    pred = _paeth(left, up[i], up[i - channels] if i >= channels else 0)
                cur_list[i] = (src[i] + pred) & 0xFF
            cur = np.array(cur_list, dtype=np.uint8)
        else:
            raise ValueError(f"bad PNG filter {kind} on row {y}")
        out[y] = cur
        prev = cur
    return Image(width, height, out.reshape(height, width, channels))


def colour_stats(img: Image) -> tuple[int, float]:
    """(distinct RGB colours, share of pixels that are not near-white)."""
    rgb = img.pixels[..., :3].astype(np.uint32)
    packed = (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]
    distinct = len(np.unique(packed))
    not_white = float((rgb.min(axis=2) < 235).mean())
    return distinct, not_white
