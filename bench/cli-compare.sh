#!/bin/bash
# The CLI's output, byte for byte, of two bundles (`npm run build:cli`, dist-cli/ copied aside before and after a
# change) on every folder of test/fixtures/out: with audio, --no-audio and --night 22-7; the JSON report, the
# captures CSV, stderr and the exit code of each — 312 comparisons for the 26 fixture exports.
#   bash bench/cli-compare.sh <before-dist-cli> <after-dist-cli> [fixtures-dir] [work-dir]
set -u
before=$1
after=$2
fixtures=${3:-test/fixtures/out}
out=${4:-$(mktemp -d)}
n=0
same=0
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  for mode in audio no-audio night; do
    case $mode in
    audio) extra=() ;;
    no-audio) extra=(--no-audio) ;;
    night) extra=(--night 22-7) ;;
    esac
    for side in before after; do
      bundle=$before
      [ $side = after ] && bundle=$after
      # One output name for both sides: an error message that quotes the path reads the same.
      node "$bundle/main.mjs" analyze "$dir" --tz Europe/Berlin --out "$out/report.json" --csv "$out/captures.csv" \
        "${extra[@]}" 2>"$out/stderr" </dev/null
      echo $? >"$out/exit-code"
      for part in report.json captures.csv stderr exit-code; do
        if [ -e "$out/$part" ]; then mv "$out/$part" "$out/$name.$mode.$side.$part"; fi
      done
    done
    for part in report.json captures.csv stderr exit-code; do
      n=$((n + 1))
      a="$out/$name.$mode.before.$part"
      b="$out/$name.$mode.after.$part"
      if { [ ! -e "$a" ] && [ ! -e "$b" ]; } || cmp -s "$a" "$b"; then
        same=$((same + 1))
      else
        echo "differs: $name $mode $part"
      fi
    done
  done
done
echo "$n comparisons, $same identical ($out)"
[ $n -eq $same ]
