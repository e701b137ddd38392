module goexit.dev/twins

go 1.27
