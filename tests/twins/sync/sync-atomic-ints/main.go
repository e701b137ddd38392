package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 atomic.Int32
	i32.Store(math.MaxInt32)
	fmt.Println("Int32 wraps:", i32.Add(1), i32.Load())
	var i64 atomic.Int64
	fmt.Println("Int64:", i64.Add(5), i64.Swap(9), i64.Load(), i64.CompareAndSwap(5, 1), i64.CompareAndSwap(9, 1), i64.Load())
	var u32 atomic.Uint32
	fmt.Println("Uint32 minus one:", u32.Add(^uint32(0)), u32.Add(2))
	var u64 atomic.Uint64
	u64.Store(math.MaxUint64)
	fmt.Println("Uint64:", u64.Load(), u64.Add(1))
	var bits atomic.Uint32
	bits.Store(0b1100)
	fmt.Println("And returns old:", bits.And(0b0110), bits.Load(), "Or returns old:", bits.Or(0b0001), bits.Load())
	var n atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for k := 0; k < 500; k++ {
				n.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("8 x 500 adds:", n.Load())
	var b atomic.Bool
	fmt.Println("Bool:", b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
}
