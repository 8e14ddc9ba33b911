#!/usr/bin/env sh
# Sets up the environment if needed, then starts svbidder. Any arguments are
# passed on, e.g. ./run.sh open my-bids.svbid
set -eu
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/ensure-venv.sh"
exec "$here/.venv/bin/python" -m svbidder "$@"
