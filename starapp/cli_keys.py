"""Service keys on the command line: ``starapp keys create | trust | show | import-identity
| laptops | revoke | allow``.

The manager makes the service's key pair once (``create``); every worker's data file
trusts its public half (``trust``), and from then on each bundle it makes is signed and
encrypted to it. The manager's file can hold the private half (``import-identity``) so
imports need no identity file. When a laptop is lost or retired, the manager's file stops
accepting its bundles (``revoke``) until it is found (``allow``). docs/bundle-format.md,
"Encrypted bundles", has the detail.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from starapp.cli_unlock import open_store

EXIT_OK = 0


def add_keys_commands(sub: argparse._SubParsersAction, data_arg) -> None:  # type: ignore[type-arg,no-untyped-def]
    keys = sub.add_parser("keys", help="the service key that encrypts and signs bundles")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)

    create = ksub.add_parser("create", help="make the service's key pair (the manager, once)")
    create.add_argument("--out", type=Path, required=True, metavar="DIR")
    create.set_defaults(handler=cmd_keys_create)

    trust = ksub.add_parser("trust", help="encrypt this data file's bundles to the service key")
    data_arg(trust, required=True)
    trust.add_argument("recipient", type=Path, metavar="RECIPIENT_FILE")
    trust.add_argument(
        "--recovery-file",
        type=Path,
        metavar="RECIPIENT_FILE",
        help="also encrypt to a second (recovery) key kept in the office safe",
    )
    trust.set_defaults(handler=cmd_keys_trust)

    show = ksub.add_parser("show", help="show the fingerprints of the keys a data file holds")
    data_arg(show, required=True)
    show.set_defaults(handler=cmd_keys_show)

    imp = ksub.add_parser(
        "import-identity", help="keep the service identity in the manager's data file"
    )
    data_arg(imp, required=True)
    imp.add_argument("identity", type=Path, metavar="IDENTITY_FILE")
    imp.set_defaults(handler=cmd_keys_import_identity)

    listed = ksub.add_parser(
        "laptops", help="list the laptops the manager's file takes bundles from"
    )
    data_arg(listed, required=True)
    listed.set_defaults(handler=cmd_keys_laptops)

    revoke = ksub.add_parser(
        "revoke", help="stop accepting bundles from a lost, stolen or retired laptop"
    )
    data_arg(revoke, required=True)
    revoke.add_argument("install_id", metavar="INSTALL_ID", help="as 'keys laptops' lists it")
    revoke.add_argument("--reason", default="", metavar="TEXT", help="why, for the record")
    revoke.set_defaults(handler=cmd_keys_revoke)

    allow = ksub.add_parser("allow", help="accept bundles from a revoked laptop again")
    data_arg(allow, required=True)
    allow.add_argument("install_id", metavar="INSTALL_ID")
    allow.set_defaults(handler=cmd_keys_allow)


def cmd_keys_create(args: argparse.Namespace) -> int:
    from starapp.sync.bundle_crypto import (
        LOSS_WARNING,
        create_key_pair,
        fingerprint,
        write_key_files,
    )

    pair = create_key_pair()
    identity, recipient = write_key_files(args.out.expanduser(), pair)
    print(f"Wrote {identity} (private: only the manager's computer)")
    print(f"Wrote {recipient} (public: give it to every worker's laptop)")
    print(f"Fingerprint: {fingerprint(pair.recipient)}")
    print(LOSS_WARNING)
    return EXIT_OK


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from starapp.store.service_keys import trusted_recipients
    from starapp.sync.bundle_crypto import fingerprint, read_recipient_file
    from starapp.sync.outbox import trust_service_key

    recipients = read_recipient_file(args.recipient)
    if args.recovery_file is not None:
        recipients += [r for r in read_recipient_file(args.recovery_file) if r not in recipients]
    with open_store(args) as store:
        before = trusted_recipients(store)
        trusted = trust_service_key(store, recipients)
    print(f"From now on every bundle from {args.data} is signed and encrypted to:")
    for recipient in recipients:
        print(f"  {fingerprint(recipient)}")
    if trusted.catch_up is not None:
        old = ", ".join(fingerprint(r) for r in before)
        print(f"This replaces the key it trusted before ({old}).")
    if (sentence := trusted.sentence()) is not None:
        print(sentence)
    print("Check with the manager that the fingerprint is the same as theirs.")
    return EXIT_OK


def cmd_keys_show(args: argparse.Namespace) -> int:
    from starapp.store.service_keys import (
        pinned_signers,
        signing_public_key,
        stored_identity,
        trusted_recipients,
    )
    from starapp.sync.bundle_crypto import fingerprint, recipient_of, signing_fingerprint

    with open_store(args) as store:
        recipients = trusted_recipients(store)
        identity = stored_identity(store)
        signer = signing_public_key(store)
        laptops = pinned_signers(store)
    if recipients:
        for recipient in recipients:
            print(f"Bundles encrypted to: {fingerprint(recipient)}")
    else:
        print("Bundles encrypted to: nothing (no service key trusted; bundles are plain)")
    if identity is not None:
        print(f"Service identity held: {fingerprint(recipient_of(identity))}")
    if signer is not None:
        print(f"This laptop signs bundles with: {signing_fingerprint(signer)}")
    else:
        print("This laptop signs bundles with: no key yet (made with its first encrypted bundle)")
    for laptop in laptops:
        print(
            f"Laptop {laptop.install_id[:8]} signs with: {signing_fingerprint(laptop.public_key)}"
            f" (first seen {laptop.first_seen[:10]})"
        )
    return EXIT_OK


def cmd_keys_import_identity(args: argparse.Namespace) -> int:
    from starapp.store.service_keys import store_identity
    from starapp.sync.bundle_crypto import fingerprint, read_identity_file, recipient_of

    (identity, *_) = read_identity_file(args.identity)
    with open_store(args) as store:
        store_identity(store, identity)
    print(f"{args.data} now holds the service identity {fingerprint(recipient_of(identity))}.")
    print("Imports into it open encrypted bundles without the identity file.")
    return EXIT_OK


def cmd_keys_laptops(args: argparse.Namespace) -> int:
    from starapp.store.laptops import laptops
    from starapp.sync.bundle_crypto import signing_fingerprint

    with open_store(args) as store:
        found = laptops(store)
    if not found:
        print("No laptop has sent bundles to this data file yet.")
    for laptop in found:
        key = signing_fingerprint(laptop.signing_key) if laptop.signing_key else "plain bundles"
        last = laptop.last_import[:10] if laptop.last_import else "never"
        used_by = f"  used by {laptop.used_by}" if laptop.used_by else ""
        print(
            f"{laptop.install_id}  key {key}  first seen {laptop.first_seen[:10]}"
            f"  last import {last}{used_by}"
        )
        if (revoked := laptop.revoked) is not None:
            why = f": {revoked.reason}" if revoked.reason else ""
            print(f"  REFUSED since {revoked.revoked_at[:10]} (by {revoked.by}{why})")
        else:
            print("  accepted")
    return EXIT_OK


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from starapp.store.laptops import find_laptop
    from starapp.store.service_keys import revoke_laptop

    with open_store(args) as store:
        laptop = find_laptop(store, args.install_id)
        revoked = revoke_laptop(store, laptop.install_id, args.reason)
    if laptop.revoked is not None:
        print(
            f"Bundles from laptop {laptop.short_id} have been refused since "
            f"{revoked.revoked_at[:10]}; nothing changed."
        )
        return EXIT_OK
    print(f"Bundles from laptop {laptop.short_id} are refused from now on, encrypted or not.")
    print("What it sent before stays in this file.")
    print(f"If the laptop is found, accept it again: starapp keys allow {laptop.short_id}")
    return EXIT_OK


def cmd_keys_allow(args: argparse.Namespace) -> int:
    from starapp.store.laptops import find_laptop
    from starapp.store.service_keys import allow_laptop

    with open_store(args) as store:
        laptop = find_laptop(store, args.install_id)
        allowed = allow_laptop(store, laptop.install_id)
    if allowed:
        print(f"Bundles from laptop {laptop.short_id} are accepted again.")
    else:
        print(f"Bundles from laptop {laptop.short_id} were not refused; nothing changed.")
    return EXIT_OK
