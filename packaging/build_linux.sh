#!/usr/bin/env bash
# Build the self-contained Linux program: dist/starapp/ (run dist/starapp/starapp).
#
#   packaging/build_linux.sh            use the current Python (starapp's dependencies and
#                                       PyInstaller installed, e.g. pip install -e ".[test]")
#   packaging/build_linux.sh --fresh    make a clean virtual environment in build/venv first
#                                       (what a release should use: nothing extra gets in)
#   add --tar                           also write dist/starapp-VERSION-linux-ARCH.tar.gz
#   --dist DIR / --work DIR             build into DIR/starapp (default dist) with PyInstaller's
#                                       working files in DIR (default build/pyinstaller)
#
# PYTHON=/path/to/python picks the interpreter. Takes about a minute on a small machine.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=0
tarball=0
dist=dist
work=build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=1 ;;
    --tar) tarball=1 ;;
    --dist) dist=${2:?--dist needs a folder}; shift ;;
    --work) work=${2:?--work needs a folder}; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "build_linux.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

python=${PYTHON:-}
if [ "$fresh" = 1 ]; then
  rm -rf build/venv
  "${python:-python3}" -m venv build/venv
  build/venv/bin/pip install -q --upgrade pip
  # The app and its runtime dependencies only, plus the builder.
  build/venv/bin/pip install -q . "pyinstaller>=6.10"
  python=build/venv/bin/python
elif [ -z "$python" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then python="$VIRTUAL_ENV/bin/python"; else python=python3; fi
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is not installed for $python." >&2
  echo "Install it with: $python -m pip install pyinstaller   (or run with --fresh)" >&2
  exit 1
fi

started=$(date +%s)
# The previous build is replaced; PyInstaller keeps its analysis cache in the work folder
# between runs, which makes a rebuild faster.
out="$dist/starapp"
rm -rf "$out"
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/starapp.spec

# Desktop integration files travel with the program.
mkdir -p "$out/share/icons"
cp packaging/starapp.desktop "$out/share/"
cp resources/icons/starapp.svg resources/icons/starapp-*.png "$out/share/icons/"
cp packaging/linux/install-menu-entry.sh "$out/"
cp LICENSE "$out/LICENSE.txt"

# Smoke check: the frozen program runs and finds its bundled templates.
"$out/starapp" --version
"$out/starapp" templates list >/dev/null

took=$(( $(date +%s) - started ))
echo "Built $out in ${took} s: $(du -sh "$out" | cut -f1) on disk."

if [ "$tarball" = 1 ]; then
  version=$("$python" -c "import starapp; print(starapp.__version__)")
  name="starapp-$version-linux-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$dist/$name" starapp
  echo "Wrote $dist/$name ($(du -h "$dist/$name" | cut -f1))."
fi
