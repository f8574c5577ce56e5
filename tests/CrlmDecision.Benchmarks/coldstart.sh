#!/bin/sh
# Cold-start timing (docs/performance.md). usage: coldstart.sh N CMD...
# Runs CMD N times (output discarded) and prints the median, min and max wall time in ms.
n=$1; shift
for i in $(seq 1 $n); do
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
done | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms  min " a[1] " ms  max " a[NR] " ms  (n=" NR ")"}'
