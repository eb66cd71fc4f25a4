#!/usr/bin/env bash
# Makes a stand-in Electron folder for the packaging smoke test where Electron's binary cannot be downloaded:
# an executable named `electron` carrying Electron's fuse wire, so electron-builder can package and flip the fuses.
# It proves the packaging config (asar contents, unpacked native module, fuses); it is not a runnable app.
set -euo pipefail
dir="${1:?usage: make-electron-stub.sh <folder>}"
mkdir -p "$dir"
{
  printf '#!/bin/sh\necho stub electron\nexit 0\n# fuse wire: dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
  printf '\001\010'
  printf '11110001\n'
} > "$dir/electron"
chmod +x "$dir/electron"
echo "$dir"
