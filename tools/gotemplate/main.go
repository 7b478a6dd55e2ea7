// Command gotemplate regenerates the expected results of kiln's template conformance
// suite by running Go's own text/template and html/template on each case.
//
// Usage (from the repository root):
//
//	go run ./tools/gotemplate testdata/templates/*.txtar
//
// Each archive's comment holds "mode: text" or "mode: html". A case is the group of files
// named CASE/...: CASE/main.tmpl is the entry template (named "main"), other CASE/X.tmpl
// files are parsed into the same set as template "X", CASE/data.json is dot (default: the
// archive's own data.json, if any; a case without either runs with nil data). The tool
// replaces CASE/want (the output) or CASE/error (the error text) in place. Stored files
// end with one extra newline, which kiln's test strips, so outputs without a final
// newline round-trip.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"os"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"
)

type file struct {
	name string
	data string
}

func parseArchive(text string) (comment string, files []file) {
	lines := strings.SplitAfter(text, "\n")
	var cur *file
	var buf strings.Builder
	flush := func() {
		if cur != nil {
			cur.data = buf.String()
			files = append(files, *cur)
		} else {
			comment = buf.String()
		}
		buf.Reset()
	}
	for _, line := range lines {
		trimmed := strings.TrimRight(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) >= 6 {
			flush()
			cur = &file{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])}
			continue
		}
		buf.WriteString(line)
	}
	flush()
	return comment, files
}

func formatArchive(comment string, files []file) string {
	var b strings.Builder
	b.WriteString(comment)
	for _, f := range files {
		fmt.Fprintf(&b, "-- %s --\n", f.name)
		b.WriteString(f.data)
	}
	return b.String()
}

// User is the test object; kiln's conformance test defines the same members.
type User struct {
	Name string
	Age  int
	Tags []string
}

func (u *User) Greet(greeting string) string { return greeting + ", " + u.Name }
func (u *User) Add(a, b int) int             { return a + b }
func (u *User) Fail() (string, error)        { return "", errors.New("user failure") }
func (u *User) IsAdult() bool                { return u.Age >= 18 }
func (u *User) Friend() *User                { return &User{Name: "Friend of " + u.Name, Age: 1} }
func (u *User) String() string               { return "User(" + u.Name + ")" }

var funcs = map[string]any{
	"add":    func(a, b int) int { return a + b },
	"fail":   func(s string) (string, error) { return "", errors.New("boom: " + s) },
	"concat": func(a string, rest ...string) string { return a + strings.Join(rest, "") },
	"half":   func(f float64) float64 { return f / 2 },
	"yes":    func(b bool) string { return strconv.FormatBool(b) },
	"list":   func(args ...any) []any { return args },
}

// convert turns decoded JSON into the Go values the templates see: integers become int,
// other numbers float64, and one-key objects {"$kind": ...} become typed values
// ({"$func": NAME} is the registered function NAME as a func value, for `call`).
func convert(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return int(i)
		}
		f, _ := strconv.ParseFloat(string(x), 64)
		return f
	case []any:
		for i := range x {
			x[i] = convert(x[i])
		}
		return x
	case map[string]any:
		if len(x) == 1 {
			for k, val := range x {
				s, _ := val.(string)
				switch k {
				case "$func":
					return funcs[s]
				case "$user":
					return &User{Name: s, Age: 42, Tags: []string{"a", "b"}}
				case "$time":
					t, err := time.Parse(time.RFC3339Nano, s)
					if err != nil {
						panic(err)
					}
					return t
				case "$html":
					return htmltemplate.HTML(s)
				case "$attr":
					return htmltemplate.HTMLAttr(s)
				case "$css":
					return htmltemplate.CSS(s)
				case "$js":
					return htmltemplate.JS(s)
				case "$jsstr":
					return htmltemplate.JSStr(s)
				case "$url":
					return htmltemplate.URL(s)
				case "$srcset":
					return htmltemplate.Srcset(s)
				}
			}
		}
		for k := range x {
			x[k] = convert(x[k])
		}
		return x
	}
	return v
}

func decode(text string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return convert(v), nil
}

func strip(s string) string { return strings.TrimSuffix(s, "\n") }

type executor interface {
	Execute(w io.Writer, data any) error
}

// parseSet parses the entry template "main" and then the others into one set, with
// newTemplate creating each named template of the set.
func parseSet(tmpls map[string]string, order []string, newTemplate func(name string) func(text string) error) error {
	if err := newTemplate("main")(tmpls["main"]); err != nil {
		return err
	}
	for _, name := range order {
		if err := newTemplate(name)(tmpls[name]); err != nil {
			return err
		}
	}
	return nil
}

func run(mode string, tmpls map[string]string, order []string, data any) (string, error) {
	var entry executor
	var err error
	if mode == "html" {
		t := htmltemplate.New("main").Funcs(funcs)
		entry = t
		err = parseSet(tmpls, order, func(name string) func(string) error {
			if name == "main" {
				return func(text string) error { _, err := t.Parse(text); return err }
			}
			return func(text string) error { _, err := t.New(name).Parse(text); return err }
		})
	} else {
		t := texttemplate.New("main").Funcs(funcs)
		entry = t
		err = parseSet(tmpls, order, func(name string) func(string) error {
			if name == "main" {
				return func(text string) error { _, err := t.Parse(text); return err }
			}
			return func(text string) error { _, err := t.New(name).Parse(text); return err }
		})
	}
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	err = entry.Execute(&out, data)
	return out.String(), err
}

func update(path string) error {
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	comment, files := parseArchive(string(text))
	mode := "text"
	if strings.Contains(comment, "mode: html") {
		mode = "html"
	}
	type caseInputs struct {
		tmpls map[string]string
		order []string
		data  any
	}
	cases := map[string]*caseInputs{}
	var caseOrder []string
	var kept, shared []file
	var sharedData any
	for _, f := range files {
		slash := strings.Index(f.name, "/")
		if f.name == "data.json" {
			v, err := decode(f.data)
			if err != nil {
				return fmt.Errorf("%s: %s: %v", path, f.name, err)
			}
			sharedData = v
			shared = append(shared, f)
			continue
		}
		if slash < 0 {
			return fmt.Errorf("%s: file %q is not CASE/NAME", path, f.name)
		}
		name, role := f.name[:slash], f.name[slash+1:]
		c := cases[name]
		if c == nil {
			c = &caseInputs{tmpls: map[string]string{}, data: sharedData}
			cases[name] = c
			caseOrder = append(caseOrder, name)
		}
		switch {
		case role == "want" || role == "error":
			continue
		case role == "data.json":
			v, err := decode(f.data)
			if err != nil {
				return fmt.Errorf("%s: %s: %v", path, f.name, err)
			}
			c.data = v
		case strings.HasSuffix(role, ".tmpl"):
			tname := strings.TrimSuffix(role, ".tmpl")
			c.tmpls[tname] = strip(f.data)
			if tname != "main" {
				c.order = append(c.order, tname)
			}
		}
		kept = append(kept, f)
	}
	out := shared
	for _, name := range caseOrder {
		for _, f := range kept {
			if strings.HasPrefix(f.name, name+"/") {
				out = append(out, f)
			}
		}
		c := cases[name]
		got, err := run(mode, c.tmpls, c.order, c.data)
		if err != nil {
			out = append(out, file{name: name + "/error", data: err.Error() + "\n"})
		} else {
			out = append(out, file{name: name + "/want", data: got + "\n"})
		}
	}
	return os.WriteFile(path, []byte(formatArchive(comment, out)), 0o644)
}

func main() {
	for _, path := range os.Args[1:] {
		if err := update(path); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
