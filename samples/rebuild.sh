#!/usr/bin/env bash
# Rebuilds the Word samples from the seed reports: the generator writes one DOCX per seed,
# then LibreOffice re-saves one of them so its own DOCX dialect is covered too.
# Usage: samples/rebuild.sh [SEEDS_DIR]   (default: samples/text, the seeds kept in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

seeds="${1:-samples/text}"
libreoffice_source=huyen-van-quan-6-thang-2024

dotnet run --project src/Extractor.Samples -c Release -- --seeds "$seeds" --out samples

if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not found: samples/$libreoffice_source.libreoffice.docx was NOT rebuilt." >&2
  echo "Install LibreOffice (apt-get install -y libreoffice-writer-nogui fonts-liberation) and run this again." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
soffice --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to docx:"MS Word 2007 XML" --outdir "$work" "samples/$libreoffice_source.docx" >"$work/soffice.log" 2>&1 || true
if [ ! -s "$work/$libreoffice_source.docx" ]; then
  echo "soffice did not convert samples/$libreoffice_source.docx:" >&2
  cat "$work/soffice.log" >&2
  exit 1
fi
mv "$work/$libreoffice_source.docx" "samples/$libreoffice_source.libreoffice.docx"
# LibreOffice stamps the ZIP entries with the time of conversion; fix them so the file only changes when its content does.
dotnet run --project src/Extractor.Samples -c Release --no-build -- normalize "samples/$libreoffice_source.libreoffice.docx"
echo "samples/$libreoffice_source.libreoffice.docx <- LibreOffice $(soffice --version | awk '{print $2}')"
