// close(ch) tells the receivers "no more values will come". The sender,
// who knows when it is done, closes; the receiver sees ok == false once
// it has taken every value sent before the close.
package main

import "fmt"

func main() {
	jobs := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- i
		}
		close(jobs) // the sender closes: nothing more will come
	}()
	for {
		job, ok := <-jobs
		if !ok {
			fmt.Println("jobs is closed: no more values, stop")
			break
		}
		fmt.Println("got job", job)
	}
}
