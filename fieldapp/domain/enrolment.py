"""What an enrolment QR holds, and reading it back from what was typed or scanned.

The coordinator's page and `fieldapp-server code --url` show a code as a link,
`<server>/enrol?code=<code>`: a keyboard-wedge scanner types it into the laptop's code
field, which then fills the server address too; a phone camera that opens it gets a
page saying what it is for.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

ENROL_PATH = "/enrol"


def link(server: str, code: str) -> str:
    return f"{server.rstrip('/')}{ENROL_PATH}?{urlencode({'code': code})}"


def parse(text: str) -> tuple[str, str]:
    """(server address, code) from what was typed or scanned into the code field.

    Accepts a bare code ("K7Q2AB"), "ADDRESS CODE", and an address carrying the code
    as `?code=` (what `link` makes). Address '' if none.
    """
    words = text.split()
    if not words:
        return "", ""
    url = next((w for w in words if w.startswith(("http://", "https://"))), "")
    rest = [w for w in words if w != url]
    if url:
        parts = urlsplit(url)
        code = parse_qs(parts.query).get("code", [""])[0]
        server = f"{parts.scheme}://{parts.netloc}"
        return server, code or (rest[0] if rest else "")
    return "", words[0]
