// Command chroma_bench highlights a corpus written by bench/highlight/make_corpus.py with
// Chroma 2.5.0 (the version hugo 0.111.3 uses), configured as hugo's defaults, and prints the
// throughput. It is the reference kiln's highlighter is measured against.
//
// Build from Debian's golang-github-alecthomas-chroma-v2-dev:
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o chroma_bench .
//
// Usage: chroma_bench CORPUS [ROUNDS]
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

type block struct {
	lang string
	code string
}

func readCorpus(path string) ([]block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var blocks []block
	for {
		lang, err := r.ReadString('\n')
		if err == io.EOF {
			return blocks, nil
		} else if err != nil {
			return nil, err
		}
		sizeLine, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		size, err := strconv.Atoi(sizeLine[:len(sizeLine)-1])
		if err != nil {
			return nil, err
		}
		code := make([]byte, size)
		if _, err := io.ReadFull(r, code); err != nil {
			return nil, err
		}
		blocks = append(blocks, block{lang[:len(lang)-1], string(code)})
	}
}

func highlight(out *bytes.Buffer, b block) error {
	lexer := lexers.Get(b.lang)
	if lexer == nil {
		lexer = lexers.Fallback
	}
	it, err := chroma.Coalesce(lexer).Tokenise(nil, b.code)
	if err != nil {
		return err
	}
	formatter := html.New(html.TabWidth(4), html.BaseLineNumber(1), html.LineNumbersInTable(true),
		html.WithClasses(false))
	return formatter.Format(out, styles.Get("monokai"), it)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: chroma_bench CORPUS [ROUNDS]")
		os.Exit(2)
	}
	rounds := 3
	if len(os.Args) > 2 {
		rounds, _ = strconv.Atoi(os.Args[2])
	}
	blocks, err := readCorpus(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	total := 0
	for _, b := range blocks {
		total += len(b.code)
	}
	var out bytes.Buffer
	// Warm-up: Chroma compiles each lexer's rules on first use.
	for _, b := range blocks[:100] {
		_ = highlight(&out, b)
	}
	best := time.Duration(0)
	bestCPU := time.Duration(0)
	for r := 0; r < rounds; r++ {
		start := time.Now()
		startCPU := cpuTime()
		for _, b := range blocks {
			out.Reset()
			if err := highlight(&out, b); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
		if d := cpuTime() - startCPU; bestCPU == 0 || d < bestCPU {
			bestCPU = d
		}
	}
	mb := float64(total) / 1e6
	fmt.Printf("chroma 2.5.0: %d blocks, %.2f MB; wall %.3f s (%.2f MB/s); cpu %.3f s (%.2f MB/s)\n",
		len(blocks), mb, best.Seconds(), mb/best.Seconds(), bestCPU.Seconds(),
		mb/bestCPU.Seconds())
}

// cpuTime is the process's user+system time: on a shared machine it is steadier than wall
// time. It includes the garbage collector's threads, a real cost of Chroma's allocations.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
