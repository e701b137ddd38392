// WithDeadlineCause (Go 1.21) gives a deadline a reason: when it passes,
// Err still says "context deadline exceeded" and Cause returns the reason.
// The reason counts only if this deadline is what ends the context: a
// parent's earlier deadline brings the parent's cause, and a cancel that
// comes first brings context.Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func show(name string, ctx context.Context) {
	<-ctx.Done()
	fmt.Printf("%-17s err: %v | cause: %v\n", name+":", ctx.Err(), context.Cause(ctx))
}

func main() {
	errWindow := errors.New("batch window closed")
	errReport := errors.New("report took too long")
	in20ms := func() time.Time { return time.Now().Add(20 * time.Millisecond) }
	inAnHour := time.Now().Add(time.Hour)

	batch, cancelBatch := context.WithDeadlineCause(context.Background(), in20ms(), errWindow)
	defer cancelBatch()
	show("its own deadline", batch)
	fmt.Println("is errWindow:", errors.Is(context.Cause(batch), errWindow))

	parent, cancelParent := context.WithDeadlineCause(context.Background(), in20ms(), errWindow)
	defer cancelParent()
	report, cancelReport := context.WithDeadlineCause(parent, inAnHour, errReport)
	defer cancelReport()
	show("parent's deadline", report)

	early, cancelEarly := context.WithDeadlineCause(context.Background(), inAnHour, errReport)
	cancelEarly()
	show("cancelled first", early)
}
