"""Enrolment codes, device codes and bearer tokens.

The server keeps only SHA-256 digests of codes and tokens: a copy of its database
(a backup, a stolen disk) must not let anyone act as a laptop.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# Base32-like, without I, O, 0 and 1: a code is read aloud over the phone or copied
# from paper, and those four are mistaken for each other.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEVICE_CODE_LENGTH = 4
DEVICE_CODE_MAX = 6
TOKEN_BYTES = 32
# secrets.token_urlsafe(32) is 43 characters of the URL-safe base64 alphabet.
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def _random(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_enrolment_code() -> str:
    return _random(CODE_LENGTH)


def new_device_code(length: int = DEVICE_CODE_LENGTH) -> str:
    """A short device code; the store retries (with a longer one) if it is taken."""
    return _random(min(max(length, DEVICE_CODE_LENGTH), DEVICE_CODE_MAX))


def normalise_code(text: str) -> str:
    """What a person typed, as the code was printed: case, spaces and dashes ignored."""
    return re.sub(r"[\s-]", "", text).upper()


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest(secret: str) -> str:
    """SHA-256 (hex) of a code or token: the only form the server stores."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same_digest(stored: str, secret: str) -> bool:
    return hmac.compare_digest(stored, digest(secret))


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None if malformed."""
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not _TOKEN.match(token):
        return None
    return token
