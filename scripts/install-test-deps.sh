#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Chromium (e2e), LibreOffice + poppler (minutes
# rendered as an auditor would see them), CJK fonts (DejaVu + Noto CJK + WenQuanYi: the fonts of a Chinese Linux PC, tests/fixtures/fontconfig/linux-pc), python-docx (a second docx reader), sqlite3 (tamper by hand), faketime and strace (fault injection),
# fuse3 + python3-fusepy (a file system that drops unsynced writes: the power-loss test).
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  chromium libreoffice-writer-nogui poppler-utils fonts-noto-cjk python3-docx sqlite3 faketime zbar-tools strace \
  fuse3 libfuse2 python3-fusepy fonts-dejavu-core >/dev/null
# openpyxl: a second reader for the .xlsx ledgers and journal exports.
$SUDO apt-get install -y -qq --no-install-recommends python3-openpyxl >/dev/null
# Free stand-ins for 宋体/楷体/黑体 and Times New Roman/Courier New/Arial (Liberation, metric-compatible); tests/fixtures/fontconfig/fonts.conf maps the office names to them, 仿宋 to Noto Serif CJK.
$SUDO apt-get install -y -qq --no-install-recommends fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei fonts-liberation >/dev/null
echo "test dependencies installed: $(chromium --version 2>/dev/null | head -1); $(soffice --version 2>/dev/null | head -1)"
