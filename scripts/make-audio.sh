#!/usr/bin/env bash
# Synthesizes Patella's cue sounds with sox (no samples from anywhere), joins them into one audio
# sprite, encodes it as Opus in WebM and as MP3 (the Safari fallback) into static/audio/, and writes
# the sprite map to src/lib/audio/sprite.ts. Then it measures what it made: each cue's length and
# peak, each file's size, and where each cue really starts in the decoded files.
#
# Usage: scripts/make-audio.sh            (needs sox and ffmpeg with libopus and libmp3lame)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT_DIR="$ROOT/static/audio"
MAP="$ROOT/src/lib/audio/sprite.ts"
RATE=48000
GAP_MS=200 # silence between cues, so a codec's smearing never leaks into the next cue
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# One bell-like note: a sine with two softer overtones, a 4 ms attack and a logarithmic decay.
# note <out.wav> <frequency Hz> <length s> <gain 0..1>
note() {
	local out="$1" f="$2" len="$3" gain="$4"
	local f2 f3 fade
	f2=$(echo "$f * 2" | bc -l)
	f3=$(echo "$f * 3" | bc -l)
	fade=$(echo "$len - 0.004" | bc -l)
	sox -n -r $RATE -c 1 "$WORK/h1.wav" synth "$len" sine "$f" fade l 0.004 "$len" "$fade"
	sox -n -r $RATE -c 1 "$WORK/h2.wav" synth "$len" sine "$f2" fade l 0.004 "$len" "$fade"
	sox -n -r $RATE -c 1 "$WORK/h3.wav" synth "$len" sine "$f3" fade l 0.002 "$len" "$fade"
	sox -m -v 0.7 "$WORK/h1.wav" -v 0.2 "$WORK/h2.wav" -v 0.07 "$WORK/h3.wav" "$out" gain -n
	sox "$out" "$WORK/n.wav" vol "$gain"
	mv "$WORK/n.wav" "$out"
}

# A note that starts after a delay, padded to a total length, so notes can be mixed into chords
# and arpeggios. later <out.wav> <delay s> <total s> <frequency> <length s> <gain>
later() {
	local out="$1" delay="$2" total="$3"
	note "$WORK/l.wav" "$4" "$5" "$6"
	# -V1: trim ends the stream before the end pad, which sox reports as a harmless warning.
	sox -V1 "$WORK/l.wav" "$out" pad "$delay" "$total" trim 0 "$total"
}

# Mixes several files (already scaled) without sox's automatic 1/n scaling.
mix() {
	local out="$1"
	shift
	local args=()
	for f in "$@"; do args+=(-v 1 "$f"); done
	sox -m "${args[@]}" "$out"
}

# The cues. Pitches are on an A = 440 Hz scale so the set sounds like it belongs together.
# countdown: a clear short beep (A5); go: the high beep a race start ends on (A6), longer.
note "$WORK/countdown.wav" 880 0.14 0.55
note "$WORK/go.wav" 1760 0.42 0.6
# rest: a soft falling fifth (E6 to A5), the "ease off" shape.
later "$WORK/r1.wav" 0 0.56 1318.51 0.24 0.4
later "$WORK/r2.wav" 0.2 0.56 880 0.36 0.4
mix "$WORK/rest.wav" "$WORK/r1.wav" "$WORK/r2.wav"
# switch: two quick equal notes (D6, D6), a "ding-ding".
later "$WORK/s1.wav" 0 0.4 1174.66 0.16 0.45
later "$WORK/s2.wav" 0.2 0.4 1174.66 0.2 0.45
mix "$WORK/switch.wav" "$WORK/s1.wav" "$WORK/s2.wav"
# halfway: one mellow open fifth (A5 + E6), held a little.
later "$WORK/h_a.wav" 0 0.48 880 0.48 0.3
later "$WORK/h_b.wav" 0 0.48 1318.51 0.48 0.22
mix "$WORK/halfway.wav" "$WORK/h_a.wav" "$WORK/h_b.wav"
# rep: a soft low tick, quieter than everything else, so it paces without nagging.
note "$WORK/rep.wav" 1046.5 0.08 0.3
# complete: a rising A major arpeggio (A5 C#6 E6 A6), the last note ringing out.
later "$WORK/c1.wav" 0 1.2 880 0.9 0.42
later "$WORK/c2.wav" 0.13 1.2 1108.73 0.9 0.38
later "$WORK/c3.wav" 0.26 1.2 1318.51 0.9 0.34
later "$WORK/c4.wav" 0.39 1.2 1760 0.81 0.36
mix "$WORK/complete.wav" "$WORK/c1.wav" "$WORK/c2.wav" "$WORK/c3.wav" "$WORK/c4.wav"

CUES=(countdown go rest switch halfway rep complete)

# Join: a gap before the first cue too (MP3 decoders may smear the very start), then cue, gap, ...
echo "cue        length_ms  peak   (sox stat)"
parts=()
offsets=()
durations=()
sox -n -r $RATE -c 1 "$WORK/gap.wav" trim 0 "$(echo "$GAP_MS / 1000" | bc -l)"
t=$GAP_MS
parts+=("$WORK/gap.wav")
for cue in "${CUES[@]}"; do
	samples=$(soxi -s "$WORK/$cue.wav")
	ms=$(((samples * 1000 + RATE / 2) / RATE))
	peak=$(sox "$WORK/$cue.wav" -n stat 2>&1 | awk '/Maximum amplitude/ { print $3 }')
	printf '%-10s %9d  %s\n' "$cue" "$ms" "$peak"
	if ((ms < 80 || ms > 1300)) || { [ "$cue" != complete ] && ((ms > 600)); }; then
		echo "error: $cue is $ms ms, outside 80-600 ms (complete up to 1300)" >&2
		exit 1
	fi
	if [ "$(echo "$peak >= 0.98" | bc -l)" = 1 ]; then
		echo "error: $cue peaks at $peak, too close to clipping" >&2
		exit 1
	fi
	offsets+=("$t")
	durations+=("$ms")
	parts+=("$WORK/$cue.wav" "$WORK/gap.wav")
	t=$((t + ms + GAP_MS))
done
sox "${parts[@]}" "$WORK/sprite.wav"

mkdir -p "$OUT_DIR"
rm -f "$OUT_DIR/cues.webm" "$OUT_DIR/cues.mp3"
# bitexact: no random ids or version strings, so re-running the script gives the same bytes.
ffmpeg -hide_banner -loglevel error -i "$WORK/sprite.wav" -fflags +bitexact -flags:a +bitexact \
	-ac 1 -c:a libopus -b:a 32k \
	-application audio -map_metadata -1 "$OUT_DIR/cues.webm"
ffmpeg -hide_banner -loglevel error -i "$WORK/sprite.wav" -fflags +bitexact -flags:a +bitexact \
	-ac 1 -ar 44100 -c:a libmp3lame \
	-b:a 48k -map_metadata -1 -write_xing 1 "$OUT_DIR/cues.mp3"

{
	echo '// Generated by scripts/make-audio.sh: do not edit. Run the script again to change the sounds.'
	echo "import type { CueId } from './cues';"
	echo ''
	echo '/** Where each cue sits in the sprite: [offset, duration] in ms, as howler'"'"'s `sprite` option wants. */'
	echo 'export const SPRITE: Record<CueId, [number, number]> = {'
	for i in "${!CUES[@]}"; do
		comma=','
		((i == ${#CUES[@]} - 1)) && comma=''
		echo "	${CUES[$i]}: [${offsets[$i]}, ${durations[$i]}]$comma"
	done
	echo '};'
	echo ''
	echo '/** The sprite files, best first: Opus in WebM, then MP3 for Safari versions that cannot decode it. */'
	echo "export const SPRITE_SOURCES = ['/audio/cues.webm', '/audio/cues.mp3'];"
	echo ''
	echo '/** The sprite'"'"'s total length in ms (cues and the gaps between them). */'
	echo "export const SPRITE_LENGTH = $t;"
} >"$MAP"

# Measure the encoded files: size, decoded length, and where each cue really starts (the first
# sample above 2 % after the gap) compared with the source, so a codec delay that would shift
# every cue shows up here.
onset() { # onset <file.wav> <offset ms>: ms from the offset to the first sample above 2 %
	local from left
	from=$(echo "($2 - 100) / 1000" | bc -l)
	left=$(sox "$1" -n trim "$from" 0.3 silence 1 0.0002 2% stat 2>&1 | awk '/Length/ { print $3 }')
	echo "(0.3 - $left) * 1000 - 100" | bc -l
}
echo
total=0
for f in cues.webm cues.mp3; do
	size=$(stat -c %s "$OUT_DIR/$f")
	total=$((total + size))
	ffmpeg -hide_banner -loglevel error -y -i "$OUT_DIR/$f" -ac 1 -ar $RATE "$WORK/decoded.wav"
	len=$(soxi -D "$WORK/decoded.wav")
	echo "$f: $size bytes, decoded length $(printf '%.3f' "$len") s (sprite map: $t ms)"
	for i in "${!CUES[@]}"; do
		source_onset=$(onset "$WORK/sprite.wav" "${offsets[$i]}")
		coded_onset=$(onset "$WORK/decoded.wav" "${offsets[$i]}")
		peak=$(sox "$WORK/decoded.wav" -n trim "$(echo "${offsets[$i]} / 1000" | bc -l)" \
			"$(echo "${durations[$i]} / 1000" | bc -l)" stat 2>&1 | awk '/Maximum amplitude/ { print $3 }')
		printf '  %-10s onset shift %+5.1f ms against the source, peak %s\n' "${CUES[$i]}" \
			"$(echo "$coded_onset - $source_onset" | bc -l)" "$peak"
	done
done
echo "all audio: $total bytes"
if ((total >= 100000)); then
	echo "error: the audio is over 100 KB" >&2
	exit 1
fi
