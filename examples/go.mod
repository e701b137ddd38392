module goexit.dev/examples

go 1.26

require golang.org/x/sync v0.20.0

// The errgroup example builds offline: third_party/ holds the module's errgroup
// package, copied from the Go toolchain's own vendored x/sync (see its README.md).
replace golang.org/x/sync => ./third_party/golang.org/x/sync
