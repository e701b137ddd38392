module goexit.dev/tools/twinshape

go 1.25
