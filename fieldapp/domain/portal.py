"""The grower portal's rules (docs/portal.md): the secret on a grower's card, the link
it makes, the rows the server writes for a grower's question, and the plan put in
plain words. Shared by the laptop (printing cards) and the server (the pages)."""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import json
import re
import secrets
from dataclasses import dataclass

from .money import format_kg, format_yuan
from .treatments import DEFAULT_TANK_L, TreatmentLine, dose_per_tank_milli, format_dose

KEY_BYTES = 15  # 120 bits: 24 base32 characters with no padding
KEY_LENGTH = 24
_KEY = re.compile(r"^[A-Z2-7]{24}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
LINK_PATH = "/p/"

# What a grower may send (the server refuses more): phones shrink photos to ~300 KB,
# so 8 MB is an unshrunk photo from a good camera, and six show any problem.
MAX_PHOTOS = 6
MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_SYMPTOMS = 500
ASKS_PER_DAY = 10
UPLOAD_BYTES_PER_HOUR = 80 * 1024 * 1024

# Symptoms a grower can tick instead of typing (the words go into the visit's symptoms).
SYMPTOMS = (
    "叶片发黄",
    "叶片有斑点",
    "叶片卷曲",
    "叶片枯萎",
    "有虫子",
    "有虫洞",
    "果实腐烂",
    "茎秆发黑",
    "长得慢",
    "根部腐烂",
)


# Advice sheets on the portal: for every answered case still open, and for closed ones
# of the last SHEET_DAYS (a new link must not send years of old sheets over 2G at once).
SHEET_DAYS = 60
SHEETS_PER_ROUND = 20  # a sync round sends at most these, newest cases first


def sheet_cutoff(today: dt.date) -> str:
    """The visit date (ISO) from which a closed case still gets its sheet."""
    return (today - dt.timedelta(days=SHEET_DAYS)).isoformat()


def wants_sheet(diagnosis: object, status: object, visited_on: object, today: dt.date) -> bool:
    """Whether a visit's advice sheet goes to the grower's phone (sync/sheets.py) and the
    cases page expects one (server/portal.py)."""
    if not diagnosis:
        return False
    return status != "resolved" or str(visited_on or "") >= sheet_cutoff(today)


def new_portal_key() -> str:
    """A fresh secret: 120 random bits in base32 (A-Z, 2-7), no padding."""
    return base64.b32encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def portal_link(server_url: str, grower_id: str, key: str, card_no: str) -> str:
    """The link on the card. The card number rides along (the server ignores it) so the
    weighing station's scanner still finds the grower from the same QR code."""
    return f"{server_url.rstrip('/')}{LINK_PATH}{grower_id}.{key}?c={card_no}"


@dataclass(frozen=True)
class LinkToken:
    grower_id: str
    key: str


def parse_token(token: str) -> LinkToken | None:
    """'<grower id>.<key>' from a link's path; None for anything else. The key is
    compared upper-case (a scanner with caps lock types it so)."""
    grower_id, dot, key = token.strip().partition(".")
    grower_id, key = grower_id.lower(), key.upper()
    if not dot or not _UUID.match(grower_id) or not _KEY.match(key):
        return None
    return LinkToken(grower_id, key)


def key_matches(stored: object, given: str) -> bool:
    """Constant-time comparison; an empty or missing stored key matches nothing."""
    if not isinstance(stored, str) or not _KEY.match(stored):
        return False
    return hmac.compare_digest(stored.encode("ascii"), given.encode("ascii"))


# -- the rows a grower's question becomes ----------------------------------------------


def remote_visit(
    coop_id: str, grower_id: str, plot_id: str | None, symptoms: str, day: str
) -> dict[str, object]:
    """A `visits` row (migrations 3 and 5) for a question sent from the portal: a remote
    diagnosis, open, no technician yet (whoever answers fills it in)."""
    return {
        "coop_id": coop_id,
        "grower_id": grower_id,
        "plot_id": plot_id,
        "visited_on": day,
        "technician": "",
        "kind": "remote",
        "weather": "",
        "crop_stage": "",
        "symptoms": symptoms,
        "diagnosis": "",
        "pest_id": "",
        "severity": "none",
        "affected_percent": 0,
        "treatment": "",
        "follow_up_on": "",
        "status": "open",
        "treatment_lines": "[]",
    }


@dataclass(frozen=True)
class SentPhoto:
    sha256: str
    size: int
    kind: str  # "jpeg" or "png", from its bytes
    width: int
    height: int


def photo_row(
    coop_id: str, grower_id: str, visit_id: str, plot_id: str | None, photo: SentPhoto, now: str
) -> dict[str, object]:
    """A `photos` row (migration 4) for a picture sent with a question."""
    return {
        "coop_id": coop_id,
        "sha256": photo.sha256,
        "kind": photo.kind,
        "size_bytes": photo.size,
        "grower_id": grower_id,
        "visit_id": visit_id,
        "plot_id": plot_id,
        "source": "portal",
        "taken_at": now,
        "lat_e6": None,
        "lon_e6": None,
        "width": photo.width,
        "height": photo.height,
        "camera": "",
        "phash": "",
    }


def symptoms_text(picked: list[str], words: str) -> str:
    """The visit's symptoms: the ticked ones first, then what the grower wrote."""
    known = [s for s in SYMPTOMS if s in picked]
    parts = ["、".join(known)] if known else []
    words = " ".join(words.split())[:MAX_SYMPTOMS]
    if words:
        parts.append(words)
    return "；".join(parts)


# -- the answer, in plain words ----------------------------------------------------------

_UNITS = {"g": "克", "ml": "毫升"}


def plan_lines(treatment_lines: object) -> list[TreatmentLine]:
    """The plan's lines from the visit's JSON column; [] for anything unreadable (a
    grower's page must open even if a laptop wrote something odd)."""
    try:
        raw = json.loads(treatment_lines) if isinstance(treatment_lines, str) else []
        return [TreatmentLine(**line) for line in raw if isinstance(line, dict)]
    except (ValueError, TypeError):
        return []


def plain_line(line: TreatmentLine, tank_l: int = DEFAULT_TANK_L) -> list[str]:
    """One product as short sentences a grower reads in a field."""
    unit = _UNITS.get(line.unit, line.unit)
    name = f"{line.product}（{line.ingredient}）" if line.ingredient else line.product
    said = [f"每亩用 {format_dose(line.dose_milli)} {unit}，兑水 {line.water_l} 升。"]
    per_tank = dose_per_tank_milli(line, tank_l)
    if per_tank:
        said.append(f"一桶水（{tank_l} 升）放 {format_dose(per_tank)} {unit}。")
    if line.timing:
        said.append(f"什么时候打：{line.timing}")
    if line.safety:
        said.append(f"注意：{line.safety}")
    if line.phi_days:
        said.append(f"打药后 {line.phi_days} 天内不能采收。")
    return [name, *said]


# -- sales -------------------------------------------------------------------------------

DEDUCTIONS = {"moisture": "水分扣重", "impurity": "杂质扣重", "other": "其他扣重"}


def deduction_words(deductions: object) -> list[tuple[str, str]]:
    """A lot's deductions (JSON [[kind, grams, permille|null], ...]) as (what, how much)."""
    try:
        raw = json.loads(deductions) if isinstance(deductions, str) else []
    except ValueError:
        return []
    said = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, list) and len(item) >= 2 and isinstance(item[1], int):
            kind = DEDUCTIONS.get(str(item[0]), str(item[0]))
            measured = item[2] if len(item) > 2 and isinstance(item[2], int) else None
            where = f"（测得 {measured / 10:g}%）" if measured is not None else ""
            said.append((f"{kind}{where}", kg(item[1])))
    return said


def yuan(fen: object) -> str:
    return f"{format_yuan(fen if isinstance(fen, int) else 0)} 元"


def kg(grams: object) -> str:
    return f"{format_kg(grams if isinstance(grams, int) else 0)} 公斤"
