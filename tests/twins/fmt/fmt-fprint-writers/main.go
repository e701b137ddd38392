// Fprint* to os.Stdout, os.Stderr (interleaved, unbuffered), bufio writers (until Flush) and a custom io.Writer.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

type upper struct {
	n int
}

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	out := make([]byte, len(p))
	for i, c := range p {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	os.Stdout.Write(out)
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	fmt.Fprint(os.Stdout, "out:", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "err:", 3)
	fmt.Fprintf(os.Stdout, "partial ")
	fmt.Fprintf(os.Stderr, "[to stderr mid-line] ")
	fmt.Fprintf(os.Stdout, "line %d\n", 4)
	n, err := fmt.Fprintln(os.Stderr, "héllo")
	fmt.Println(n, err)
	os.Stdout.WriteString("WriteString\n")
	os.Stderr.Write([]byte("Write bytes\n"))
	fmt.Println(os.Stdout.Name(), os.Stderr.Name())

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Fprintln(os.Stdout, "direct, printed before the buffered line")
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println(w.Buffered())

	small := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprint(small, "0123456789")
	fmt.Println("| after 10 bytes:", small.Buffered())
	fmt.Fprint(small, "abcdefghij")
	fmt.Println("| after 20 bytes:", small.Buffered())
	small.WriteString("XYZ")
	small.WriteByte('!')
	small.WriteRune('é')
	fmt.Println("| pending:", small.Buffered())
	small.Flush()
	fmt.Println()
	fmt.Fprint(small, "a very long line that is longer than the buffer\n")
	fmt.Println("pending:", small.Buffered())

	u := &upper{}
	fmt.Fprintf(u, "shouted %s %d\n", "words", 5)
	fmt.Fprintln(u, "again", true)
	fmt.Println("bytes seen:", u.n)

	n, err = fmt.Fprintf(failing{}, "lost %d", 6)
	fmt.Println(n, err)
	bw := bufio.NewWriterSize(failing{}, 16)
	fmt.Fprint(bw, "12345")
	fmt.Println(bw.Flush(), bw.Flush())
	n, err = bw.WriteString("more")
	fmt.Println(n, err)

	bw2 := bufio.NewWriter(os.Stderr)
	fmt.Fprintln(bw2, "stderr via bufio")
	bw2.Flush()
	fmt.Println("done")
}
