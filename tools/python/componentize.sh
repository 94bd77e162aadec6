#!/usr/bin/env bash
# Builds a component from one Python module with componentize-py, which this script installs (the
# version pinned in requirements.txt, from PyPI) into tools/python/venv on first use.
# Usage: tools/python/componentize.sh <world.wit> <world> <module.py> <output.wasm>
# The module is copied to a scratch directory beside the output, so that nothing is written next to it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/venv"
wit="$(realpath "$1")"
world="$2"
module="$(realpath "$3")"
output="$(realpath -m "$4")"
if [ ! -x "$venv/bin/componentize-py" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi
scratch="$(dirname "$output")/python-module"
rm -rf "$scratch"
mkdir -p "$scratch"
cp "$module" "$scratch/"
cd "$scratch"
"$venv/bin/componentize-py" -d "$wit" -w "$world" componentize "$(basename "$module" .py)" -o "$output" >/dev/null
