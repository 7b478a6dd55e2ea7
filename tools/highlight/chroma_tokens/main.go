// Command chroma_tokens prints the coalesced token stream Chroma 2.5.0 produces for a file, as
// JSON ([{"type": ..., "value": ...}]), for checking kiln's lexers against Chroma on inputs the
// conformance suite does not have (fuzzer findings, bug reports).
//
// Build from Debian's golang-github-alecthomas-chroma-v2-dev:
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o chroma_tokens .
//
// Usage: chroma_tokens LEXER FILE
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: chroma_tokens LEXER FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lexer := lexers.Get(os.Args[1])
	if lexer == nil {
		fmt.Fprintln(os.Stderr, "no lexer", os.Args[1])
		os.Exit(1)
	}
	tokens, err := chroma.Tokenise(chroma.Coalesce(lexer), nil, string(data))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, _ := json.Marshal(tokens)
	fmt.Println(string(out))
}
