#!/usr/bin/env sh
# Creates .venv beside the project if it is missing, and (re)installs svbidder
# with its test and development extras whenever pyproject.toml has changed.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
venv="$here/.venv"
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
    echo "Setting up a Python environment in $venv (first run only)…" >&2
    "$python" -m venv "$venv"
fi
stamp="$venv/.svbidder-installed"
want=$(cksum < "$here/pyproject.toml")
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$here[test,dev]" >&2
    echo "$want" > "$stamp"
fi
