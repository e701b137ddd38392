// Re-panicking the recovered value itself prints it once: panic: message [recovered, repanicked].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleaning up after:", r)
		panic(r)
	}()
	fmt.Println("start")
	panic("message")
}
