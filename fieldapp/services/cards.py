"""Printing grower cards: look the growers up, lay the cards out, hand back a PDF."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from fieldapp.documents.grower_cards import CardLayout, GrowerCard, render_cards
from fieldapp.domain.cards import encode_card
from fieldapp.domain.portal import portal_link
from fieldapp.domain.text import digits_only
from fieldapp.storage import growers as store
from fieldapp.storage import sync_state
from fieldapp.storage.database import Database
from fieldapp.storage.growers import CardHolder

PHONE_TAIL = 4  # enough for the clerk to ask "is this yours?", too little to misuse


class CardService:
    """Grower cards for the registry screen. Rendering takes ~10 ms a card plus
    ~0.2 s for the font on first use: call it through tasks.py, off the UI thread.

    Once the laptop is enrolled with a server, a card's QR is the grower's portal link
    (docs/portal.md): printing gives each grower without a portal secret a new one, and
    `reissue` gives every printed grower a new one. That writes synced rows, so call
    `cards`, `pdf` and `write` as writes (tasks.run(..., write=True))."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def cards(
        self,
        growers: Sequence[str] | Sequence[int],
        coop_name: str,
        issued: dt.date | None = None,
        reissue: bool = False,
    ) -> list[GrowerCard]:
        """The card values, in the order given. `growers` holds grower ids (str) or
        grower_index numbers (int, as RegistryService.find returns); growers deleted
        meanwhile are left out."""
        holders = self._holders(growers)
        enrolled = sync_state.enrolment(self.db)
        if enrolled is not None and holders:
            ids = [h.grower_id for h in holders]
            store.give_portal_keys(self.db, ids, reissue)
            holders = store.card_holders(self.db, ids)
        server = enrolled.server_url if enrolled is not None else ""
        day = issued or dt.date.today()  # local date: it is printed for people
        return [_card(h, coop_name, day, server) for h in holders]

    def pdf(
        self,
        growers: Sequence[str] | Sequence[int],
        coop_name: str,
        layout: CardLayout = CardLayout.A4_SHEET,
        issued: dt.date | None = None,
        reissue: bool = False,
    ) -> bytes:
        """The cards as a PDF. Raises ValueError when none of `growers` exists, and
        documents.fonts.FontMissingError when no Chinese font is installed."""
        return render_cards(self.cards(growers, coop_name, issued, reissue), layout)

    def write(
        self,
        path: Path,
        growers: Sequence[str] | Sequence[int],
        coop_name: str,
        layout: CardLayout = CardLayout.A4_SHEET,
        issued: dt.date | None = None,
        reissue: bool = False,
    ) -> int:
        """Write the PDF to `path`; returns the number of cards in it.

        Written to a temporary file first and renamed, so a failure half-way never
        leaves a truncated PDF behind. On Windows a viewer holding the old file open
        makes this raise PermissionError: the screen should say "close the PDF".
        """
        values = self.cards(growers, coop_name, issued, reissue)
        data = render_cards(values, layout)
        _write_atomically(Path(path), data)
        return len(values)

    def _holders(self, growers: Sequence[str] | Sequence[int]) -> list[CardHolder]:
        if all(isinstance(g, str) for g in growers):
            return store.card_holders(self.db, [str(g) for g in growers])
        if all(isinstance(g, int) and not isinstance(g, bool) for g in growers):
            return store.card_holders_by_num(self.db, [int(g) for g in growers])
        raise TypeError("growers must be all ids (str) or all list numbers (int)")


def _card(holder: CardHolder, coop_name: str, issued: dt.date, server: str) -> GrowerCard:
    phone = digits_only(holder.phone)
    if server and holder.portal_key:
        payload = portal_link(server, holder.grower_id, holder.portal_key, holder.card_no)
    else:
        payload = encode_card(holder.card_no, holder.grower_id)
    return GrowerCard(
        coop_name=coop_name,
        grower_name=holder.name,
        card_no=holder.card_no,
        township=holder.township,
        village=holder.village,
        issued=issued,
        qr_payload=payload,
        phone_tail=phone[-PHONE_TAIL:] if len(phone) > PHONE_TAIL else "",
    )


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
