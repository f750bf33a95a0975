"""Tokens for a shared server: writes always need one, reads when the server is private.

`wirecode serve --token TOKEN` (or `--token-file FILE`, or `WIRECODE_TOKEN`) makes every
request that changes data (POST, PUT, PATCH, DELETE) present `Authorization: Bearer TOKEN`;
with `--private` reads need it too. Tokens are compared in constant time and never logged.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from wirecode.errors import WirecodeError

READS = frozenset({"GET", "HEAD", "OPTIONS"})
MIN_LENGTH = 16


class TokenError(WirecodeError):
    """The server token is missing, too short or unreadable."""


@dataclass(frozen=True, slots=True)
class Access:
    """Who may do what: `token` None means no writes at all; `private` guards reads too."""

    token: str | None = None
    private: bool = False
    writable: bool = False

    def allows(self, method: str, authorization: str | None) -> tuple[int, str] | None:
        """None when the request may go on, else (HTTP status, one-line reason)."""
        is_read = method.upper() in READS
        if is_read and not self.private:
            return None
        if not is_read and not self.writable:
            return 405, "this server is read-only: start it with `wirecode serve --writable`"
        if self.token is None:
            return 401, "this server has no token: start it with --token or --token-file"
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            return 401, "send the token as `Authorization: Bearer TOKEN`"
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            return 403, "wrong token"
        return None


def read_token(token: str | None = None, token_file: str | Path | None = None) -> str | None:
    """The token given, or the first line of `token_file`; None when neither is given."""
    if token_file is not None:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip().splitlines()[0]
        except (OSError, IndexError) as error:
            raise TokenError(f"cannot read a token from {token_file}: {error}") from error
    if token is None:
        return None
    token = token.strip()
    if len(token) < MIN_LENGTH:
        raise TokenError(
            f"the token has {len(token)} characters; use at least {MIN_LENGTH}, e.g. "
            '`python -c "import secrets; print(secrets.token_urlsafe(32))"`'
        )
    return token
