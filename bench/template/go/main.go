// Command gobench runs bench/template/list.html with Go's html/template on the same data as
// kiln's template_bench.cc and prints the time and allocations per execution.
//
//	go run ./bench/template/go [path/to/list.html]
package main

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"
)

func makeData() map[string]any {
	items := make([]any, 0, 1000)
	for i := 0; i < 1000; i++ {
		tags := []any{}
		for t := 0; t < i%4; t++ {
			tags = append(tags, "tag"+strconv.Itoa(t))
		}
		items = append(items, map[string]any{
			"title":    "Item " + strconv.Itoa(i) + " <new> & improved",
			"url":      "/items/" + strconv.Itoa(i) + "/?ref=list&x=\"1\"",
			"price":    float64(i)*1.25 + 0.5,
			"stock":    i % 5,
			"featured": i%7 == 0,
			"tags":     tags,
			"summary":  "Summary of item " + strconv.Itoa(i) + ": it's \"great\" for <everyone>.",
		})
	}
	return map[string]any{"site": "Bench Shop", "title": "All items", "items": items}
}

func main() {
	path := "bench/template/list.html"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	t := template.Must(template.New("list").Parse(string(text)))
	data := makeData()
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		panic(err)
	}
	if len(os.Args) > 2 && os.Args[2] == "-print" {
		os.Stdout.Write(buf.Bytes())
		return
	}
	res := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf.Reset()
			if err := t.Execute(&buf, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	// CPU time (all threads, GC included) over a fixed run, comparable with kiln's CPU column
	// on a busy machine where wall time is noisy.
	const runs = 200
	before := cpuTime()
	for i := 0; i < runs; i++ {
		buf.Reset()
		if err := t.Execute(&buf, data); err != nil {
			panic(err)
		}
	}
	cpu := (cpuTime() - before) / runs
	fmt.Printf("go html/template: %.1f us/exec wall, %.1f us/exec CPU, %d allocs/exec, %d output bytes\n",
		float64(res.NsPerOp())/1000, float64(cpu.Nanoseconds())/1000, res.AllocsPerOp(), buf.Len())
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
