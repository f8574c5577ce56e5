#!/bin/sh
# First rule-set load in fresh processes (docs/performance.md). usage: first-load.sh N
# Runs the benchmark project's first-load mode N times and prints the median, min and max of the loads it times.
dll=$(dirname "$0")/bin/Release/net10.0/CrlmDecision.Benchmarks.dll
for i in $(seq 1 "$1"); do
  dotnet "$dll" first-load | awk '{print $3}'
done | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print "median " m " ms  min " a[1] " ms  max " a[NR] " ms  (n=" NR ")"}'
