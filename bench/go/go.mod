module goexit.dev/bench

go 1.25
