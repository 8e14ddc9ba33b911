"""Headless subcommands of ``svbidder``, one module per group.

Each module here defines ``register(commands)``, which adds its sub-parsers to
the ``svbidder`` parser and sets ``handler=`` on each, a function taking the
parsed arguments and returning the exit status. Modules are found by name, so
a new command group is one new file. Keep module-level imports light (argparse
only): anything heavy is imported inside the handler, because this package is
loaded every time svbidder starts.
"""

from __future__ import annotations

import argparse
import importlib

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def register_all(commands: argparse._SubParsersAction) -> None:
    import pkgutil  # only here: starting the app loads this package but registers nothing

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(commands)
