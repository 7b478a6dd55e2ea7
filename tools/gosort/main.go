// Command gosort prints the orders Go's sort.Stable gives under a comparator shaped like
// Hugo's default page order, inconsistent answers included: items compare by a group, and
// within a group an item marked "z" (a page without a file) answers "less" against every
// other item of the group, z or not, so two z items are each less than the other. kiln's
// GoStableSort must reproduce these orders step for step.
//
// Usage (from the repository root):
//
//	(cd tools/gosort && go run .) > testdata/go_sort/stable.txt
//
// Each output line is one case: the input items ("<group><z|f>"), "|", then the input
// indices in sorted order.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type item struct {
	group int
	zero  bool
	index int
}

type items []item

func (s items) Len() int      { return len(s) }
func (s items) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s items) Less(i, j int) bool {
	a, b := s[i], s[j]
	if a.group != b.group {
		return a.group < b.group
	}
	if a.zero || b.zero {
		return a.zero
	}
	return a.index < b.index
}

func main() {
	r := rand.New(rand.NewSource(6))
	sizes := []int{0, 1, 2, 3, 7, 19, 20, 21, 22, 39, 40, 41, 45, 60, 79, 80, 81, 100, 161, 257, 530}
	for _, n := range sizes {
		for _, groups := range []int{1, 2, 4} {
			for _, zeroShare := range []int{100, 60, 20} {
				s := make(items, n)
				in := make([]string, n)
				for i := range s {
					s[i] = item{group: r.Intn(groups), zero: r.Intn(100) < zeroShare, index: i}
					z := "f"
					if s[i].zero {
						z = "z"
					}
					in[i] = fmt.Sprintf("%d%s", s[i].group, z)
				}
				sort.Stable(s)
				out := make([]string, n)
				for i, it := range s {
					out[i] = fmt.Sprint(it.index)
				}
				fmt.Printf("%s|%s\n", strings.Join(in, " "), strings.Join(out, " "))
			}
		}
	}
}
