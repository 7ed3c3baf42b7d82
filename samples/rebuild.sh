#!/usr/bin/env bash
# Rebuilds the samples from the seed reports:
#   - the generator writes one DOCX per seed, the simple-font PDF of the letter and the HTML page Chromium prints;
#   - LibreOffice re-saves one DOCX (its own DOCX dialect) and converts all three to PDF;
#   - Chromium prints the HTML page to PDF; pdftoppm renders a LibreOffice page for the scan sample.
# Dates and identifiers that office programs and browsers stamp are fixed afterwards, so a rebuild
# only changes files whose content changed. Each missing tool is reported with its Debian package;
# the files it makes are then left as they are and the script exits non-zero at the end.
# Usage: samples/rebuild.sh [SEEDS_DIR]   (default: samples/text, the seeds kept in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

seeds="${1:-samples/text}"
# Which seed each producer gets: SampleCatalog in src/Extractor.Samples.
libreoffice_source=huyen-van-quan-6-thang-2024
pdf_samples=(huyen-van-quan-6-thang-2024 xa-binh-trung-6-thang-2023 huyen-huu-lung-cong-van-2022)
chromium_sample=xa-binh-trung-6-thang-2023
simplefont_sample=huyen-huu-lung-cong-van-2022
scan_sample=xa-binh-trung-6-thang-2023
# Both dates and their time zone suffix end up in the PDFs; one zone keeps the suffix the same everywhere.
export TZ=UTC

failed=0
missing() { # tool, package, what was not rebuilt
  echo "$1 not found: $3 NOT rebuilt. Install it (apt-get install -y $2) and run this again." >&2
  failed=1
}

dotnet run --project src/Extractor.Samples -c Release -- --seeds "$seeds" --out samples
samples_tool() { dotnet run --project src/Extractor.Samples -c Release --no-build -- "$@"; }
samples_tool simple-font-pdf --seeds "$seeds" --out "samples/$simplefont_sample.simplefont.pdf"
echo "samples/$simplefont_sample.simplefont.pdf <- extractor-samples simple-font-pdf"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if command -v soffice >/dev/null 2>&1; then
  # A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
  soffice --headless "-env:UserInstallation=file://$work/profile" \
    --convert-to docx:"MS Word 2007 XML" --outdir "$work/docx" "samples/$libreoffice_source.docx" >"$work/soffice.log" 2>&1 || true
  if [ ! -s "$work/docx/$libreoffice_source.docx" ]; then
    echo "soffice did not convert samples/$libreoffice_source.docx:" >&2
    cat "$work/soffice.log" >&2
    exit 1
  fi
  mv "$work/docx/$libreoffice_source.docx" "samples/$libreoffice_source.libreoffice.docx"
  # LibreOffice stamps the ZIP entries with the time of conversion; fix them so the file only changes when its content does.
  samples_tool normalize "samples/$libreoffice_source.libreoffice.docx"
  echo "samples/$libreoffice_source.libreoffice.docx <- LibreOffice $(soffice --version | awk '{print $2}')"

  for sample in "${pdf_samples[@]}"; do
    soffice --headless "-env:UserInstallation=file://$work/profile" \
      --convert-to pdf --outdir "$work/pdf" "samples/$sample.docx" >"$work/soffice.log" 2>&1 || true
    if [ ! -s "$work/pdf/$sample.pdf" ]; then
      echo "soffice did not convert samples/$sample.docx to PDF:" >&2
      cat "$work/soffice.log" >&2
      exit 1
    fi
    # The DOCX asks for Times New Roman; without a metric twin with Vietnamese glyphs LibreOffice picks
    # some other font and the lines break elsewhere.
    if command -v pdffonts >/dev/null 2>&1 && pdffonts "$work/pdf/$sample.pdf" | tail -n +3 | grep -vqE '\+(LiberationSerif|DejaVuSerif)'; then
      echo "LibreOffice set samples/$sample.docx in fonts other than Liberation Serif or DejaVu Serif:" >&2
      pdffonts "$work/pdf/$sample.pdf" >&2
      echo "Install fonts-liberation (apt-get install -y fonts-liberation) and run this again." >&2
      exit 1
    fi
    mv "$work/pdf/$sample.pdf" "samples/$sample.pdf"
    samples_tool normalize-pdf "samples/$sample.pdf"
    echo "samples/$sample.pdf <- LibreOffice $(soffice --version | awk '{print $2}')"
  done
else
  missing soffice "libreoffice-writer-nogui fonts-liberation" "samples/$libreoffice_source.libreoffice.docx and the LibreOffice PDFs were"
fi

chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ -n "$chromium_bin" ]; then
  samples_tool html --seeds "$seeds" --out "$work/$chromium_sample.html"
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run "--user-data-dir=$work/chromium" --no-pdf-header-footer \
    "--print-to-pdf=$work/$chromium_sample.chromium.pdf" "$work/$chromium_sample.html" >"$work/chromium.log" 2>&1 || true
  if [ ! -s "$work/$chromium_sample.chromium.pdf" ]; then
    echo "chromium did not print $chromium_sample.html:" >&2
    cat "$work/chromium.log" >&2
    exit 1
  fi
  mv "$work/$chromium_sample.chromium.pdf" "samples/$chromium_sample.chromium.pdf"
  samples_tool normalize-pdf "samples/$chromium_sample.chromium.pdf"
  echo "samples/$chromium_sample.chromium.pdf <- $("$chromium_bin" --version 2>/dev/null | head -n 1)"
else
  missing chromium chromium "samples/$chromium_sample.chromium.pdf was"
fi

# The scan is page 1 of the committed LibreOffice PDF, so it needs pdftoppm but not LibreOffice.
if command -v pdftoppm >/dev/null 2>&1; then
  pdftoppm -r 150 -gray -jpeg -jpegopt quality=60 -f 1 -l 1 -singlefile "samples/$scan_sample.pdf" "$work/scan"
  samples_tool scan-pdf --image "$work/scan.jpg" --out "samples/$scan_sample.scan.pdf"
  echo "samples/$scan_sample.scan.pdf <- pdftoppm $(pdftoppm -v 2>&1 | head -n 1 | awk '{print $3}')"
else
  missing pdftoppm poppler-utils "samples/$scan_sample.scan.pdf was"
fi

exit "$failed"
