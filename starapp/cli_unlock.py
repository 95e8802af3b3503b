"""Passphrases on the command line, and the encrypt / decrypt / passphrase commands.

A passphrase never comes from a command-line argument (other users can read those in
the process list, and shells keep them in their history). Every command that opens a
data file finds it, in this order:

1. ``--passphrase-file FILE`` (the first line of FILE),
2. the ``STARAPP_PASSPHRASE`` environment variable,
3. a question on the terminal, only when the file is encrypted and stdin is a terminal.

``open_store(args)`` is the one way commands open a data file.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from starapp.core.errors import StarappError
from starapp.store import PassphraseRequired, Store, WrongPassphrase
from starapp.store.encryption import (
    LOSS_WARNING,
    change_passphrase,
    data_key,
    decrypt_file,
    encrypt_file,
    is_encrypted,
    reset_passphrase,
)
from starapp.store.keys import check_new_passphrase, key_file_path

PASSPHRASE_ENV = "STARAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "STARAPP_NEW_PASSPHRASE"
EXIT_OK = 0
TRIES = 3


def add_passphrase_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the data file's passphrase from FILE (or set {PASSPHRASE_ENV}); "
        "without either, an encrypted file's passphrase is asked for on the terminal",
    )
    refuse_secret_option(parser, "--passphrase")


class _RefuseSecret(argparse.Action):
    """An option that must not exist: taking the secret itself from the command line.

    Registered so that ``--passphrase SECRET`` is not read as an abbreviation of
    ``--passphrase-file`` (argparse accepts prefixes), and refused without echoing it."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        parser.error(
            f"{option_string} is not accepted: a secret on the command line can be seen by "
            f"other users. Use {option_string}-file FILE instead."
        )


def refuse_secret_option(parser: argparse.ArgumentParser, option: str) -> None:
    parser.add_argument(option, nargs="?", action=_RefuseSecret, help=argparse.SUPPRESS)


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment; None if neither."""
    file = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_secret_line(file, "passphrase")
    return os.environ.get(PASSPHRASE_ENV) or None


def read_secret_line(path: Path, what: str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        # Not the path itself: it might be a secret typed in the wrong place.
        raise StarappError(
            "The {what} file cannot be read ({why}).", what=what, why=exc.strerror
        ) from None
    secret = text.splitlines()[0] if text else ""
    if not secret:
        raise StarappError("The {what} file is empty.", what=what)
    return secret


def _can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def open_store(
    args: argparse.Namespace, path: Path | None = None, *, create: bool = False
) -> Store:
    """Open the data file of ``args.data`` (or ``path``), asking for its passphrase on the
    terminal when it is encrypted and none was given."""
    path = Path(path if path is not None else args.data)
    passphrase = given_passphrase(args)
    try:
        return Store.open(path, create=create, passphrase=passphrase)
    except PassphraseRequired:
        if not _can_ask():
            raise _passphrase_required(path) from None
    return _ask_until_open(path, lambda p: Store.open(path, create=create, passphrase=p))


def _ask_until_open(path: Path, attempt: Callable[[str], Store]) -> Store:
    for tries_left in range(TRIES - 1, -1, -1):
        try:
            return attempt(getpass.getpass(f"Passphrase for {path.name}: "))
        except WrongPassphrase as exc:
            if not tries_left:
                raise
            print(f"starapp: {exc}", file=sys.stderr)
    raise AssertionError("unreachable")


def _passphrase_required(path: Path) -> PassphraseRequired:
    return PassphraseRequired(
        "{path} is encrypted. Give its passphrase with --passphrase-file FILE or the "
        "{variable} environment variable.",
        path=path,
        variable=PASSPHRASE_ENV,
    )


def current_passphrase(args: argparse.Namespace, path: Path) -> str:
    passphrase = given_passphrase(args)
    if passphrase is not None:
        return passphrase
    if not _can_ask():
        raise _passphrase_required(path)
    return getpass.getpass(f"Passphrase for {path.name}: ")


def new_passphrase(file: Path | None, env: str) -> str:
    """A new passphrase from ``file``, the environment variable ``env``, or typed twice."""
    if file is not None:
        passphrase = read_secret_line(file, "passphrase")
    elif os.environ.get(env):
        passphrase = os.environ[env]
    elif _can_ask():
        passphrase = getpass.getpass("New passphrase (at least 8 characters): ")
        check_new_passphrase(passphrase)
        if getpass.getpass("The new passphrase again: ") != passphrase:
            raise StarappError("The two passphrases are not the same; nothing was changed.")
    else:
        raise StarappError(
            "Give the new passphrase in a file (see --help) or the {env} environment variable.",
            env=env,
        )
    check_new_passphrase(passphrase)
    return passphrase


# --- encrypt, decrypt, passphrase -----------------------------------------------------------


def add_encryption_commands(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_arg: Callable[..., None],
) -> None:
    enc = sub.add_parser(
        "encrypt",
        help="encrypt a plain data file with a passphrase (prints its recovery key once)",
        description="Encrypts the data file in place. The passphrase comes from "
        f"--passphrase-file, {PASSPHRASE_ENV}, or is typed twice. {LOSS_WARNING}",
    )
    data_arg(enc, required=True)
    enc.set_defaults(handler=cmd_encrypt)

    dec = sub.add_parser(
        "decrypt",
        help="turn an encrypted data file back into a plain one (needs its passphrase)",
    )
    data_arg(dec, required=True)
    dec.add_argument(
        "--recovery-key-file", type=Path, metavar="FILE", help="use the recovery key in FILE"
    )
    refuse_secret_option(dec, "--recovery-key")
    dec.set_defaults(handler=cmd_decrypt)

    pas = sub.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted data file",
        description="The current passphrase comes from --passphrase-file, "
        f"{PASSPHRASE_ENV} or the terminal; the new one from --new-passphrase-file, "
        f"{NEW_PASSPHRASE_ENV} or the terminal. Forgotten it? Use --recovery-key-file.",
    )
    data_arg(pas, required=True)
    pas.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    refuse_secret_option(pas, "--new-passphrase")
    refuse_secret_option(pas, "--recovery-key")
    pas.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="set a new passphrase with the recovery key in FILE (forgotten passphrase or "
        "lost key file)",
    )
    pas.set_defaults(handler=cmd_passphrase)


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = Path(args.data)
    if is_encrypted(path):
        raise StarappError("{path} is already encrypted.", path=path)
    passphrase = given_passphrase(args)
    if passphrase is None:
        passphrase = new_passphrase(None, PASSPHRASE_ENV)
    check_new_passphrase(passphrase)
    recovery_key = encrypt_file(path, passphrase)
    print(f"Encrypted {path}. Its key file is {key_file_path(path).name}; keep it beside it.")
    print()
    print("RECOVERY KEY (shown only this once):")
    print()
    print(f"    {recovery_key}")
    print()
    print(
        "Write it down and keep it somewhere safe away from this computer, e.g. the office "
        "safe. It opens the file if the passphrase is forgotten or the key file is lost."
    )
    print(LOSS_WARNING)
    print(
        "The old unencrypted copy's disk space has been freed but may still hold readable "
        "traces; if the disk itself is not encrypted, ask for help wiping free space."
    )
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = Path(args.data)
    if not is_encrypted(path) and args.recovery_key_file is None:
        raise StarappError("{path} is not encrypted.", path=path)
    if args.recovery_key_file is not None:
        decrypt_file(path, None, recovery_key=read_secret_line(args.recovery_key_file, "key"))
    else:
        decrypt_file(path, current_passphrase(args, path))
    print(f"Decrypted {path}: it is now a plain file that anyone with the file can read.")
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    path = Path(args.data)
    if args.recovery_key_file is not None:
        recovery_key = read_secret_line(args.recovery_key_file, "recovery key")
        data_key(path, passphrase=None, recovery_key=recovery_key)  # check before asking
        new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        reset_passphrase(path, recovery_key, new)
    else:
        if not is_encrypted(path):
            raise StarappError(
                "{path} is not encrypted, so it has no passphrase to change.", path=path
            )
        old = current_passphrase(args, path)
        data_key(path, passphrase=old, recovery_key=None)  # a wrong one fails before asking
        new = new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        change_passphrase(path, old, new)
    print(f"Changed the passphrase of {path}. The recovery key stays the same.")
    return EXIT_OK
