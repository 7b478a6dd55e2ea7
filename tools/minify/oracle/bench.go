package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/tdewolff/minify/v2"
)

// bench minifies standard input runs times after one warm-up run and prints the throughput in
// MB/s (10^6 bytes): by wall time (best and mean run) and by the CPU time of the whole process
// (garbage collection included), which is what Google Benchmark's bytes_per_second uses and
// what stays comparable on a busy machine.
func bench(m *minify.M, mediaType string, runs int) {
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	if _, err := m.Bytes(mediaType, append([]byte(nil), input...)); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	// The JS minifier renames variables inside the buffer it parses, so every run gets a fresh
	// copy of the input (the copy is timed too; it is a small part of the work).
	work := make([]byte, len(input))
	var total, best time.Duration
	cpuStart := cpuTime()
	for i := 0; i < runs; i++ {
		start := time.Now()
		copy(work, input)
		if _, err := m.Bytes(mediaType, work); err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			os.Exit(1)
		}
		d := time.Since(start)
		total += d
		if best == 0 || d < best {
			best = d
		}
	}
	cpu := cpuTime() - cpuStart
	mb := float64(len(input)) / 1e6
	fmt.Printf("oracle %s: %d bytes, %.1f MB/s by CPU time; wall: best %.1f MB/s, mean %.1f MB/s over %d runs\n",
		mediaType, len(input), mb*float64(runs)/cpu.Seconds(), mb/best.Seconds(),
		mb*float64(runs)/total.Seconds(), runs)
}

// cpuTime is the user and system time the process has used so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
