// Command goldmark_oracle runs goldmark 1.5.4 (the version Hugo 0.111.3 embeds) to produce
// expected outputs and reference timings for kiln's Markdown renderer.
//
//	goldmark_oracle spec SPEC.txt      prints, as txtar, goldmark's HTML for every CommonMark
//	                                   example whose goldmark output differs from the spec's
//	goldmark_oracle bench FILE...      renders the files with Hugo's default extensions and
//	                                   prints the single-threaded throughput in MB (1e6 bytes)
//	                                   per CPU second
//
// Build: GO111MODULE=off GOPATH=/usr/share/gocode go build (see tools/markdown/README.md).
package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
)

type example struct {
	number   int
	markdown string
	html     string
}

// parseSpec reads the literate spec format: a fence of 32 backticks plus " example", the input,
// a "." line, the expected HTML, and a closing fence. "→" stands for a tab.
func parseSpec(text string) []example {
	const fence = "````````````````````````````````"
	var out []example
	lines := strings.SplitAfter(text, "\n")
	for i := 0; i < len(lines); i++ {
		if strings.TrimRight(lines[i], "\n") != fence+" example" {
			continue
		}
		var md, html strings.Builder
		state := 0
		for i++; i < len(lines) && strings.TrimRight(lines[i], "\n") != fence; i++ {
			if state == 0 && strings.TrimRight(lines[i], "\n") == "." {
				state = 1
				continue
			}
			if state == 0 {
				md.WriteString(lines[i])
			} else {
				html.WriteString(lines[i])
			}
		}
		out = append(out, example{len(out) + 1, strings.ReplaceAll(md.String(), "→", "\t"),
			strings.ReplaceAll(html.String(), "→", "\t")})
	}
	return out
}

func commonmark() goldmark.Markdown {
	return goldmark.New(goldmark.WithRendererOptions(html.WithUnsafe(), html.WithXHTML()))
}

func hugoDefaults() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList,
			extension.DefinitionList, extension.Footnote, extension.Typographer,
			extension.NewLinkify(extension.WithLinkifyAllowedProtocols(
				[][]byte{[]byte("http:"), []byte("https:"), []byte("ftp:"), []byte("mailto:")}))),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute()))
}

func spec(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	md := commonmark()
	fmt.Println("goldmark 1.5.4 output for the CommonMark examples where it differs from the spec.")
	for _, ex := range parseSpec(string(data)) {
		var buf bytes.Buffer
		if err := md.Convert([]byte(ex.markdown), &buf); err != nil {
			return err
		}
		if buf.String() != ex.html {
			fmt.Printf("-- %d --\n%s", ex.number, buf.String())
		}
	}
	return nil
}

func bench(paths []string) error {
	var docs [][]byte
	total := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		docs = append(docs, data)
		total += len(data)
	}
	// One thread, timed in CPU seconds: the machine may be shared, and kiln's figure is
	// single-threaded CPU time too.
	runtime.GOMAXPROCS(1)
	md := hugoDefaults()
	var buf bytes.Buffer
	best := time.Duration(1 << 62)
	for round := 0; round < 5; round++ {
		start := cpuTime()
		for _, d := range docs {
			buf.Reset()
			if err := md.Convert(d, &buf); err != nil {
				return err
			}
		}
		if el := cpuTime() - start; el < best {
			best = el
		}
	}
	fmt.Printf("goldmark: %d files, %d bytes, best of 5: %.3f CPU s, %.1f MB/s\n", len(docs),
		total, best.Seconds(), float64(total)/1e6/best.Seconds())
	return nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	var err error
	switch {
	case len(os.Args) == 3 && os.Args[1] == "spec":
		err = spec(os.Args[2])
	case len(os.Args) >= 3 && os.Args[1] == "bench":
		err = bench(os.Args[2:])
	default:
		err = fmt.Errorf("usage: goldmark_oracle spec SPEC.txt | bench FILE...")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
