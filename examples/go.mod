module goexit.dev/examples

go 1.25
