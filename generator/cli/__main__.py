"""``python -m generator.cli``: the ``briefing`` command."""
import sys

from . import main

sys.exit(main())
