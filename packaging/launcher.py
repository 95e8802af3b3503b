"""Entry script of the frozen program (PyInstaller): the same ``main`` as ``starapp``.

With no command it opens the window; ``starapp check --data FILE`` and the other
sub-commands work exactly as in a Python install.
"""

import sys

from starapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
