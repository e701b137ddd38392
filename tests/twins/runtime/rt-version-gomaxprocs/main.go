package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.Version(), runtime.GOOS, runtime.Compiler)
	n := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS is NumCPU here:", n == runtime.NumCPU(), n > 0)
	fmt.Println("set 1, previous is n:", runtime.GOMAXPROCS(1) == n)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("negative only queries:", runtime.GOMAXPROCS(-3), runtime.GOMAXPROCS(0))
	fmt.Println("restore:", runtime.GOMAXPROCS(n), runtime.GOMAXPROCS(0) == n)
	runtime.Gosched()
	fmt.Println("Gosched returns")
}
