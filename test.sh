#!/usr/bin/env sh
# Sets up the environment if needed, then runs ruff, mypy (over core, export and
# commands, as [tool.mypy] in pyproject.toml says) and the whole test suite
# offscreen. Any arguments are passed on to pytest.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/ensure-venv.sh"
cd "$here"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
