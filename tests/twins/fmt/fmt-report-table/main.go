// A report as outsiders write one: aligned columns with widths, precision, padding, totals and percentages.
package main

import (
	"fmt"
	"os"
	"sort"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 0.1}, {"durian", 1, 15.99}, {"elderberry", 0, 2.5}}
	sort.Slice(items, func(i, j int) bool { return items[i].Price*float64(items[i].Qty) > items[j].Price*float64(items[j].Qty) })
	fmt.Printf("%-12s %5s %8s %10s\n", "NAME", "QTY", "PRICE", "TOTAL")
	fmt.Printf("%s\n", "------------------------------------------")
	total := 0.0
	for i, it := range items {
		sub := it.Price * float64(it.Qty)
		total += sub
		fmt.Printf("%-12s %5d %8.2f %10.2f  #%02d\n", it.Name, it.Qty, it.Price, sub, i+1)
	}
	fmt.Printf("%-12s %5s %8s %10.2f\n", "total", "", "", total)
	for _, it := range items {
		share := 0.0
		if total > 0 {
			share = it.Price * float64(it.Qty) / total * 100
		}
		fmt.Printf("%10s: %6.2f%% %s\n", it.Name, share, bar(int(share/5)))
	}
	fmt.Fprintf(os.Stderr, "warning: %d items out of stock\n", countZero(items))
	fmt.Printf("%08.3f|%+.1e|%x|%X|%o|%b\n", total, total, 255, 255, 8, 5)
	fmt.Printf("%v %v %v\n", total, total/3, float64(len(items))/7)
	fmt.Printf("|%6.3v|%-8v|%8v|\n", total, items[0].Name, items[0].Qty)
}

func bar(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "#"
	}
	return s
}

func countZero(items []Item) int {
	n := 0
	for _, it := range items {
		if it.Qty == 0 {
			n++
		}
	}
	return n
}
