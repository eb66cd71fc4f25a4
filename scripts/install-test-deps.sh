#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Chromium (e2e), LibreOffice + poppler (minutes
# rendered as an auditor would see them), CJK fonts, python-docx (a second docx reader), sqlite3 (tamper by hand), faketime and strace (fault injection),
# fuse3 + python3-fusepy (a file system that drops unsynced writes: the power-loss test).
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  chromium libreoffice-writer-nogui poppler-utils fonts-noto-cjk python3-docx sqlite3 faketime zbar-tools strace \
  fuse3 libfuse2 python3-fusepy >/dev/null
echo "test dependencies installed: $(chromium --version 2>/dev/null | head -1); $(soffice --version 2>/dev/null | head -1)"
