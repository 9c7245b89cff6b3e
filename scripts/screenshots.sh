#!/usr/bin/env bash
# Makes the README's screenshots: the window under Xvfb, and page 1 of the PDF report.
# Usage: scripts/screenshots.sh [build-dir]   (needs xvfb-run, ImageMagick's import, pdftoppm)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app="$build/src/app/careercompare"
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
a=${A:-"Software Developers"}
b=${B:-"Registered Nurses"}

xvfb-run -a -s "-screen 0 1280x860x24" bash -c "
  \"$app\" \"$a\" \"$b\" &
  pid=\$!
  sleep 4
  import -window root \"$out/window.png\"
  kill \$pid"
"$app" --compare "$a" "$b" --pdf "$tmp/report.pdf"
pdftoppm -png -r 70 -f 1 -l 1 "$tmp/report.pdf" "$tmp/page"
mv "$tmp"/page-1.png "$out/report-page1.png"
echo "wrote $out/window.png and $out/report-page1.png"
