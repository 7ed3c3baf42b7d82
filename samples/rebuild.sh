#!/usr/bin/env bash
# Rebuilds the samples from the seed reports:
#   - the generator writes one DOCX per seed, the simple-font PDF of the letter and the HTML page Chromium prints;
#   - LibreOffice re-saves one DOCX (its own DOCX dialect) and one as Word 97 .doc, and converts all three
#     and the note-lines DOCX to PDF;
#   - Chromium prints the HTML page to PDF; pdftocairo renders the LibreOffice pages for the scan sample.
# Dates and identifiers that office programs and browsers stamp are fixed afterwards, so a rebuild
# only changes files whose content changed. Each missing tool is reported with its Debian package;
# the files it makes are then left as they are and the script exits non-zero at the end.
# Usage: samples/rebuild.sh [SEEDS_DIR]   (default: samples/text, the seeds kept in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

seeds="${1:-samples/text}"
# Which seed each producer gets: SampleCatalog in src/Extractor.Samples.
libreoffice_source=huyen-van-quan-6-thang-2024
legacy_word_sample=xa-binh-trung-6-thang-2023
pdf_samples=(huyen-van-quan-6-thang-2024 xa-binh-trung-6-thang-2023 huyen-huu-lung-cong-van-2022)
chromium_sample=xa-binh-trung-6-thang-2023
simplefont_sample=huyen-huu-lung-cong-van-2022
scan_sample=xa-binh-trung-6-thang-2023
note_lines_sample=huyen-van-quan-6-thang-2024
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
# Legacy-encoded Word files (which seed each: SampleCatalog.LegacySample).
samples_tool legacy-docx --encoding Tcvn3 --seeds "$seeds" --out samples/xa-binh-trung-6-thang-2023.tcvn3.docx
samples_tool legacy-docx --encoding Vni --seeds "$seeds" --out samples/huyen-huu-lung-cong-van-2022.vni.docx
echo "samples/xa-binh-trung-6-thang-2023.tcvn3.docx, samples/huyen-huu-lung-cong-van-2022.vni.docx <- extractor-samples legacy-docx"
# Footnotes with the number on a line of its own above the text (SampleCatalog.NoteLinesSample); LibreOffice prints it below.
samples_tool note-lines-docx --seeds "$seeds" --out "samples/$note_lines_sample.note-lines.docx"
echo "samples/$note_lines_sample.note-lines.docx <- extractor-samples note-lines-docx"
# The simple-font letter typed in each legacy encoding, under the fonts Word names when it prints such a document.
samples_tool legacy-pdf --encoding Tcvn3 --seeds "$seeds" --out "samples/$simplefont_sample.tcvn3.pdf"
samples_tool legacy-pdf --encoding Vni --seeds "$seeds" --out "samples/$simplefont_sample.vni.pdf"
echo "samples/$simplefont_sample.tcvn3.pdf, samples/$simplefont_sample.vni.pdf <- extractor-samples legacy-pdf"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if command -v soffice >/dev/null 2>&1; then
  soffice_convert() { # format[:filter], source, output folder; stops with LibreOffice's output when it wrote nothing
    # A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
    soffice --headless "-env:UserInstallation=file://$work/profile" \
      --convert-to "$1" --outdir "$3" "$2" >"$work/soffice.log" 2>&1 || true
    if [ ! -s "$3/$(basename "${2%.*}").${1%%:*}" ]; then
      echo "soffice did not convert $2 to ${1%%:*}:" >&2
      cat "$work/soffice.log" >&2
      exit 1
    fi
  }

  soffice_convert docx:"MS Word 2007 XML" "samples/$libreoffice_source.docx" "$work/docx"
  mv "$work/docx/$libreoffice_source.docx" "samples/$libreoffice_source.libreoffice.docx"
  # LibreOffice stamps the ZIP entries with the time of conversion; fix them so the file only changes when its content does.
  samples_tool normalize "samples/$libreoffice_source.libreoffice.docx"
  echo "samples/$libreoffice_source.libreoffice.docx <- LibreOffice $(soffice --version | awk '{print $2}')"

  # Word 97 binary for the .doc reader. No time of conversion goes in: its dates are the DOCX's, in local time (TZ above).
  soffice_convert doc:"MS Word 97" "samples/$legacy_word_sample.docx" "$work/doc"
  mv "$work/doc/$legacy_word_sample.doc" "samples/$legacy_word_sample.doc"
  echo "samples/$legacy_word_sample.doc <- LibreOffice $(soffice --version | awk '{print $2}')"

  for sample in "${pdf_samples[@]}" "$note_lines_sample.note-lines"; do
    soffice_convert pdf "samples/$sample.docx" "$work/pdf"
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
  missing soffice "libreoffice-writer-nogui fonts-liberation" "samples/$libreoffice_source.libreoffice.docx, samples/$legacy_word_sample.doc and the LibreOffice PDFs were"
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

# The scan is every page of the committed LibreOffice PDF, so it needs poppler but not LibreOffice:
# 200 dpi grey JPEG (pdftocairo writes one component, pdftoppm three), quality 60 as office scanners save.
if command -v pdftocairo >/dev/null 2>&1; then
  mkdir -p "$work/scan"
  pdftocairo -r 200 -gray -jpeg -jpegopt quality=60,optimize=y "samples/$scan_sample.pdf" "$work/scan/page"
  mapfile -t scan_pages < <(ls "$work/scan/"page-*.jpg | sort)
  samples_tool scan-pdf --image "${scan_pages[@]}" --out "samples/$scan_sample.scan.pdf"
  echo "samples/$scan_sample.scan.pdf <- pdftocairo $(pdftocairo -v 2>&1 | head -n 1 | awk '{print $3}')"
  # Its first page again, under the garbage text layer scanner software with English-only OCR writes.
  samples_tool junk-ocr-pdf --image "${scan_pages[0]}" --seeds "$seeds" --out "samples/$scan_sample.junk-ocr.pdf"
  echo "samples/$scan_sample.junk-ocr.pdf <- extractor-samples junk-ocr-pdf"
else
  missing pdftocairo poppler-utils "samples/$scan_sample.scan.pdf and samples/$scan_sample.junk-ocr.pdf were"
fi

exit "$failed"
