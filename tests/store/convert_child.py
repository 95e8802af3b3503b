"""Converter process for test_encryption.py: encrypts or decrypts a file until killed.

Usage: python convert_child.py encrypt|decrypt DATA_FILE   (passphrase in STARAPP_PASSPHRASE)

Prints "ready" once imports are done, then converts and prints "done".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from starapp.store.encryption import decrypt_file, encrypt_file


def main(action: str, path: str) -> None:
    passphrase = os.environ["STARAPP_PASSPHRASE"]
    print("ready", flush=True)
    if action == "encrypt":
        encrypt_file(Path(path), passphrase)
    else:
        decrypt_file(Path(path), passphrase)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
