// Command inflect prints how hugo 0.111.3's inflection library (github.com/gobuffalo/flect
// v0.3.0, the version hugo's go.mod names) inflects each line of a word list: its plural,
// its singular, and hugo's humanize (the library's humanize applied to the lower-cased
// humanized text). kiln's content/inflect must give the same answers.
//
// Usage (from the repository root, with Debian's golang-github-gobuffalo-flect-dev):
//
//	(cd tools/inflect && GOPATH=/usr/share/gocode GO111MODULE=off go run main.go) \
//	  < testdata/inflect/words.txt > testdata/inflect/flect.txt
//
// Each output line is the word, its plural, its singular and its humanized form, separated
// by tabs.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/gobuffalo/flect"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		w := in.Text()
		human := flect.Humanize(strings.ToLower(flect.Humanize(w)))
		fmt.Fprintf(out, "%s\t%s\t%s\t%s\n", w, flect.Pluralize(w), flect.Singularize(w), human)
	}
}
