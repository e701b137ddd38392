// A channel of a struct type: its zero value (what a receive on a closed, drained channel returns) is the zero struct.
package main

import "fmt"

type address struct {
	city string
	zip  int
}

type job struct {
	id    int
	name  string
	tags  []string
	score float64
	done  bool
	addr  address
	next  *job
	err   error
}

type result struct {
	JobID int
	Value float64
}

func main() {
	jobs := make(chan job, 2)
	jobs <- job{id: 1, name: "a", tags: []string{"x"}, score: 1.5, done: true, addr: address{"Rome", 100}}
	close(jobs)
	for j := range jobs {
		fmt.Println(j)
	}
	z, ok := <-jobs
	fmt.Println(z, ok)
	fmt.Printf("%+v\n", <-jobs)
	fmt.Printf("%T %d %d\n", jobs, len(jobs), cap(jobs))

	results := make(chan result)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for r := range results {
			fmt.Printf("job %d -> %.1f\n", r.JobID, r.Value)
		}
		fmt.Printf("after close: %+v\n", <-results)
	}()
	for i := 1; i <= 3; i++ {
		results <- result{i, float64(i) / 2}
	}
	close(results)
	<-done
}
