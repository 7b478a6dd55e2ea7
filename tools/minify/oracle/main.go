// Command oracle minifies standard input to standard output exactly as hugo 0.111.3 does with
// its default [minify] settings, using Debian's tdewolff/minify 2.12.4 (the version hugo 0.111.3
// is built with). Usage: oracle css|html|js|json|xml|svg|html-alone|cssinline < in > out
//
// html-alone runs the HTML minifier with no other minifier registered, so embedded CSS, JS
// and SVG stay as written: it checks the HTML rules on their own.
// cssinline minifies a style attribute's declaration list, as the HTML minifier does.
//
// With -bench RUNS it minifies standard input RUNS times and prints the throughput instead
// (bench/minify/run.sh compares it with kiln's).
//
// Build: tools/minify/oracle/build.sh OUT
package main

import (
	"fmt"
	"os"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

func main() {
	benchRuns := 0
	if len(os.Args) == 4 && os.Args[2] == "-bench" {
		fmt.Sscan(os.Args[3], &benchRuns)
		os.Args = os.Args[:2]
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: oracle css|html|js|json|xml|svg|html-alone|cssinline [-bench RUNS] < in > out")
		os.Exit(2)
	}
	m := minify.New()
	alone := os.Args[1] == "html-alone"
	// hugo 0.111.3's defaults (minifiers/config.go).
	m.Add("text/css", &css.Minifier{Precision: 0, KeepCSS2: true})
	htmlMinifier := &html.Minifier{
		KeepDocumentTags:        true,
		KeepConditionalComments: true,
		KeepEndTags:             true,
		KeepDefaultAttrVals:     true,
	}
	m.Add("text/html", htmlMinifier)
	m.Add("application/javascript", &js.Minifier{})
	m.Add("application/json", &json.Minifier{})
	m.Add("image/svg+xml", &svg.Minifier{Precision: 0})
	m.Add("application/xml", &xml.Minifier{})
	types := map[string]string{
		"css": "text/css", "cssinline": "text/css;inline=1", "html": "text/html", "js": "application/javascript",
		"json": "application/json", "svg": "image/svg+xml", "xml": "application/xml",
	}
	if alone {
		htmlOnly := minify.New()
		htmlOnly.Add("text/html", htmlMinifier)
		m, os.Args[1] = htmlOnly, "html"
	}
	mediaType, ok := types[os.Args[1]]
	if !ok {
		fmt.Fprintln(os.Stderr, "oracle: unknown type", os.Args[1])
		os.Exit(2)
	}
	if benchRuns > 0 {
		bench(m, mediaType, benchRuns)
		return
	}
	if err := m.Minify(mediaType, os.Stdout, os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
}
