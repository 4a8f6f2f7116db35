"""QR codes drawn onto a ReportLab canvas as plain filled rectangles.

ReportLab's own QR widget costs ~90 ms per code; segno's matrix drawn as one
path of rectangles costs a few ms (see the shared TOOLCHAIN notes). Grower
cards use it now; receipts will keep the matrix from save time and only draw.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import segno
from reportlab.lib.colors import Color, black, white
from reportlab.pdfgen.canvas import Canvas

# The ISO 18004 minimum; cheap USB scanners misread codes that touch other ink.
QUIET_ZONE = 4

# segno's automatic mask choice costs ~15 ms per code; any fixed mask decodes
# equally well, it only gives up a little contrast balance.
FIXED_MASK = 0


@dataclass(frozen=True)
class QrMatrix:
    """Dark (1) and light (0) modules, top row first, without the quiet zone."""

    rows: tuple[bytes, ...]

    @property
    def modules(self) -> int:
        return len(self.rows)

    @cached_property
    def path_operators(self) -> str:
        """The PDF path of the dark modules (~3 ms for a receipt's code): made once per
        matrix, so a matrix kept from save time costs nothing to draw again."""
        return _path_operators(self)


def qr_matrix(payload: str, mask: int | None = FIXED_MASK) -> QrMatrix:
    """The matrix for `payload` at error level M (or higher when that costs no size)."""
    code = segno.make_qr(payload, error="m", mask=mask)
    return QrMatrix(rows=tuple(bytes(row) for row in code.matrix))


def dark_runs(row: bytes) -> Iterator[tuple[int, int]]:
    """(first column, length) of each run of dark modules in a row."""
    start = -1
    for col, dark in enumerate(row):
        if dark and start < 0:
            start = col
        elif not dark and start >= 0:
            yield start, col - start
            start = -1
    if start >= 0:
        yield start, len(row) - start


def symbol_side(total: float, modules: int, quiet_zone: int = QUIET_ZONE) -> float:
    """The side of the code itself when the code with its quiet zone is `total` wide."""
    return total * modules / (modules + 2 * quiet_zone)


def draw_qr(
    canvas: Canvas,
    qr: QrMatrix | str,
    x: float,
    y: float,
    size: float,
    quiet_zone: int = QUIET_ZONE,
    colour: Color = black,
    background: Color | None = white,
) -> float:
    """Draw `qr` in the square at (x, y) (bottom left), `size` points wide including
    the quiet zone; returns the module size in points.

    The quiet zone is painted `background` so the code also reads on a coloured card.
    """
    matrix = qr if isinstance(qr, QrMatrix) else qr_matrix(qr)
    module = size / (matrix.modules + 2 * quiet_zone)
    canvas.saveState()
    if background is not None:
        canvas.setFillColor(background)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colour)
    # In module units every rectangle is small integers. Written as literal PDF
    # operators this is ~10x cheaper than path.rect(), which formats each float
    # in Python when ReportLab's C accelerator is absent. One path and one fill:
    # separate fills leave hairline seams between touching rectangles in viewers.
    canvas.transform(module, 0, 0, module, x + quiet_zone * module, y + quiet_zone * module)
    canvas.addLiteral(matrix.path_operators + " f")
    canvas.restoreState()
    return module


def _path_operators(matrix: QrMatrix) -> str:
    """`re` operators for every dark run, the top row at y = modules - 1."""
    top = matrix.modules - 1
    return " ".join(
        f"{start} {top - r} {length} 1 re"
        for r, row in enumerate(matrix.rows)
        for start, length in dark_runs(row)
    )
