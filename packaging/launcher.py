"""The packaged program's entry point: the same `fieldapp` command a checkout has.

PyInstaller needs a script, not a console_scripts entry; this is that script.
"""

import sys

from fieldapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
