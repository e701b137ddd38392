// io.Pipe is synchronous: each Write waits until Reads have taken all of
// it. Closing the writer gives the reader io.EOF (or the error given to
// CloseWithError); writing after the reader closed fails.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	wrote := make(chan string)
	go func() {
		n, err := w.Write([]byte("hello, pipe"))
		wrote <- fmt.Sprint("write returned ", n, " ", err)
		w.CloseWithError(errors.New("writer is done"))
	}()
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
		if n == 5 && string(buf[:n]) == "hello" {
			continue
		}
		if err != nil {
			break
		}
		if n < 5 {
			fmt.Println(<-wrote)
		}
	}

	r2, w2 := io.Pipe()
	r2.Close()
	n, err := w2.Write([]byte("x"))
	fmt.Println("after the reader closed:", n, err, errors.Is(err, io.ErrClosedPipe))
	r3, w3 := io.Pipe()
	go func() {
		io.WriteString(w3, "all of it")
		w3.Close()
	}()
	data, err := io.ReadAll(r3)
	fmt.Printf("ReadAll %q %v\n", data, err)
}
