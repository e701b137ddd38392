// A send or receive on a nil channel blocks for ever, so in a select the
// case of a nil channel is switched off. When merging two channels, set
// each to nil once it is closed: otherwise its case, always ready after
// the close, would fire on every turn of the loop.
package main

import "fmt"

func produce(out chan<- int, values ...int) {
	defer close(out)
	for _, v := range values {
		out <- v
	}
}

func merge(a, b <-chan int) (total, received int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // switch this case off
				continue
			}
			total += v
			received++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			total += v
			received++
		}
	}
	return total, received
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 1, 2, 3)
	go produce(b, 10, 20)
	total, received := merge(a, b)
	fmt.Println("received", received, "values, total", total)

	var never chan int
	select {
	case v := <-never:
		fmt.Println("received", v, "(never printed)")
	default:
		fmt.Println("a nil channel is never ready")
	}
}
