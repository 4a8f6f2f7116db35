"""Perceptual "difference hash": similar pictures (resized, recompressed, slightly
retouched) give hashes a few bits apart, so past cases with a similar photo can be found."""

from __future__ import annotations

from PIL import Image


def dhash(image: Image.Image) -> int:
    """64-bit dHash: shrink to 9x8 grayscale, one bit per horizontally adjacent pair
    (1 where the left pixel is brighter). Pass the upright image, so a rotated copy of
    the same photo hashes the same."""
    small = image.convert("L").resize((9, 8), Image.Resampling.BOX)
    pixels = small.tobytes()
    bits = 0
    for row in range(8):
        base = row * 9
        for col in range(8):
            bits = (bits << 1) | (pixels[base + col] > pixels[base + col + 1])
    return bits


def hamming(a: int, b: int) -> int:
    """How many bits two hashes differ in: 0-10 is the same picture, above ~20 another."""
    return (a ^ b).bit_count()
