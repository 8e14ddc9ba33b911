#!/usr/bin/env sh
# Sets up the environment if needed, then runs the whole test suite offscreen,
# plus ruff. Any arguments are passed on to pytest.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/ensure-venv.sh"
cd "$here"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
