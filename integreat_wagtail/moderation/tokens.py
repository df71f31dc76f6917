"""Secret edit tokens for submitters without an account.

Only a SHA-256 hash is stored: the token is 256 random bits, so a plain hash cannot be reversed,
and a leaked database does not give anyone edit rights. Comparison is constant-time.
"""

import hashlib
import hmac
import secrets

TOKEN_BYTES = 32


def new_token():
    """A fresh URL-safe token (43 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


def token_matches(stored_hash, token):
    """True when `token` hashes to `stored_hash`; an empty hash (purged, never set) matches nothing."""
    if not stored_hash or not token or len(token) > 200:
        return False
    return hmac.compare_digest(stored_hash, hash_token(token))
