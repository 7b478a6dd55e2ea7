package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/tdewolff/minify/v2"
)

// bench minifies standard input runs times after one warm-up run and prints the best and the
// mean throughput in MB/s (10^6 bytes), the way Google Benchmark reports bytes_per_second.
func bench(m *minify.M, mediaType string, runs int) {
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	if _, err := m.Bytes(mediaType, input); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	var total, best time.Duration
	for i := 0; i < runs; i++ {
		start := time.Now()
		m.Bytes(mediaType, input)
		d := time.Since(start)
		total += d
		if best == 0 || d < best {
			best = d
		}
	}
	mb := float64(len(input)) / 1e6
	fmt.Printf("oracle %s: %d bytes, best %.1f MB/s, mean %.1f MB/s over %d runs\n", mediaType,
		len(input), mb/best.Seconds(), mb*float64(runs)/total.Seconds(), runs)
}
