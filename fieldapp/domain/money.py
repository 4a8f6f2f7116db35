"""Money in integer fen (1 yuan = 100 fen) and weight in integer grams.

Rounding is stated once, here: every derived weight (a deduction) is rounded half
up to the gram, every lot's amount half up to the fen, and a receipt's total is the
sum of its lots' amounts. No float ever holds money or weight.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .text import clean

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("仟", "佰", "拾", "")
_GROUPS = ("", "万", "亿", "万亿")
MAX_FEN = 10**14  # under 1 万亿 yuan: the capitals below have units up to 万亿


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in integers only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def amount_fen(net_grams: int, price_fen_per_kg: int) -> int:
    """What `net_grams` cost at `price_fen_per_kg`, to the fen."""
    return round_half_up(net_grams * price_fen_per_kg, 1000)


def format_yuan(fen: int) -> str:
    """'1,234.50': the figure printed on receipts and shown on screens."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{rest:02d}"


def parse_yuan(text: str) -> int:
    """Fen from '2.35', '2.35元', '¥2.35' or '2'; ValueError for anything else,
    including more than two decimals (a price is never silently rounded)."""
    value = clean(text).removeprefix("¥").removeprefix("￥").removesuffix("元").replace(",", "")
    try:
        number = Decimal(value.strip())
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not number.is_finite() or number != number.quantize(Decimal("0.01")):
        raise ValueError(text)
    return int(number * 100)


def format_kg(grams: int) -> str:
    """'1,234.56' kg; a third decimal only when the weight has it (scales with 5 g steps)."""
    sign = "-" if grams < 0 else ""
    kg, rest = divmod(abs(grams), 1000)
    if rest % 10:
        return f"{sign}{kg:,}.{rest:03d}"
    return f"{sign}{kg:,}.{rest // 10:02d}"


def parse_kg(text: str) -> int:
    """Grams from a weight typed in kg ('12.5', '12.5kg', '12.5公斤'), rounded half up to
    the gram; ValueError for anything else."""
    value = clean(text).lower()
    for unit in ("公斤", "千克", "kg"):
        value = value.removesuffix(unit)
    try:
        number = Decimal(value.replace(",", "").strip())
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not number.is_finite():
        raise ValueError(text)
    return int((number * 1000).to_integral_value(rounding=ROUND_HALF_UP))


def chinese_capital(fen: int) -> str:
    """The amount in Chinese capital numerals as written on receipts and cheques
    (人民币大写): 1005.60 -> '壹仟零伍元陆角整', 0.05 -> '伍分', 0 -> '零元整'."""
    if fen < 0 or fen >= MAX_FEN:
        raise ValueError(fen)
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    if fen == 0:
        return "零元整"
    text = _capital_integer(yuan) + "元" if yuan else ""
    if jiao == 0 and cents == 0:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    # "整" after 角 too, so nothing can be added after the figure.
    return text + (_DIGITS[cents] + "分" if cents else "整")


def _capital_integer(number: int) -> str:
    groups = []
    while number:
        number, group = divmod(number, 10000)
        groups.append(group)
    text = ""
    zero_pending = False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            zero_pending = bool(text)
            continue
        if text and (zero_pending or group < 1000):
            text += "零"
        text += _capital_group(group) + _GROUPS[index]
        zero_pending = False
    return text


def _capital_group(group: int) -> str:
    """1..9999 without leading zeros; inner zeros become one 零."""
    text = ""
    zero_pending = False
    for place, digit in zip(_PLACES, f"{group:04d}", strict=True):
        if digit == "0":
            zero_pending = bool(text)
            continue
        if zero_pending:
            text += "零"
            zero_pending = False
        text += _DIGITS[int(digit)] + place
    return text
