// A worker pool: three workers, nine jobs, results collected and summed.
package main

import (
	"fmt"
	"sort"
	"time"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{j, id, j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	var all []result
	for a := 1; a <= numJobs; a++ {
		all = append(all, <-results)
	}
	sort.Slice(all, func(i, k int) bool { return all[i].job < all[k].job })
	sum := 0
	for _, r := range all {
		sum += r.value
		fmt.Printf("job %d -> %d\n", r.job, r.value)
	}
	fmt.Println("sum:", sum)
}
