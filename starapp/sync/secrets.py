"""Target secrets (passwords, tokens) in the operating system's keyring.

Never in the data file or a settings file. Where no keyring is available (a bare Linux
machine, a locked-down PC), say so: the secret is then given for each session.
"""

from __future__ import annotations

import logging

from starapp.core.errors import Sentence

log = logging.getLogger(__name__)

SERVICE = "starapp"
NO_KEYRING = Sentence(
    "This computer has no system keyring, so starapp cannot keep the password or token. "
    "Give it each time instead, e.g. starapp sync --secret-file FILE."
)


def _account(install_id: str, target_name: str) -> str:
    return f"{install_id}/{target_name}"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is "no keyring"
        log.debug("No keyring backend", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def save_secret(install_id: str, target_name: str, secret: str) -> bool:
    """Store it; False (and nothing stored) when there is no keyring."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, _account(install_id, target_name), secret)
    except Exception:
        log.warning("The keyring refused to store a secret", exc_info=True)
        return False
    return True


def load_secret(install_id: str, target_name: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, _account(install_id, target_name))
    except Exception:
        log.warning("The keyring could not be read", exc_info=True)
        return None


def delete_secret(install_id: str, target_name: str) -> None:
    if not keyring_available():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, _account(install_id, target_name))
    except Exception:
        log.debug("No secret to delete", exc_info=True)
