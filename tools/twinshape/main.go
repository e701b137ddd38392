// Command twinshape lists the constructs of Go programs that a Python twin must mirror with
// goexit: go, defer, channel sends and receives (a range over a channel included), select,
// close, panic, recover, runtime.Goexit, os.Exit and the fmt and log printers.
//
// A panic that is the whole body of `if err != nil { ... }` is listed as "panic-on-error":
// Go's way of stopping on an error that a Python twin meets as an exception instead.
//
// Usage: twinshape FILE.go...   prints one JSON object per file:
//
//	{"file": "examples/x/y/main.go", "uses": [{"construct": "defer", "line": 12}, ...]}
//
// It reads the syntax tree only (go/ast), so a channel is known by how it is declared in
// the file: make(chan T), a chan type on a variable, parameter, result or struct field,
// or the result of ctx.Done(), time.After, time.Tick.
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
)

type use struct {
	Construct string `json:"construct"`
	Line      int    `json:"line"`
}

type report struct {
	File  string `json:"file"`
	Uses  []use  `json:"uses"`
	Error string `json:"error,omitempty"`
}

var calls = map[string]map[string]bool{
	"runtime": {"Goexit": true},
	"os":      {"Exit": true},
	"fmt":     {"Print": true, "Println": true, "Printf": true, "Fprint": true, "Fprintln": true, "Fprintf": true},
	"log": {"Print": true, "Println": true, "Printf": true, "Fatal": true, "Fatalf": true, "Fatalln": true,
		"Panic": true, "Panicf": true, "Panicln": true},
}

var builtins = map[string]bool{"close": true, "panic": true, "recover": true}

func main() {
	out := json.NewEncoder(os.Stdout)
	for _, path := range os.Args[1:] {
		r := report{File: path, Uses: []use{}}
		if err := inspect(path, &r); err != nil {
			r.Error = err.Error()
		}
		if err := out.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func inspect(path string, r *report) error {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		return err
	}
	imports := map[string]string{} // local name -> import path
	for _, spec := range file.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		name := p
		if i := lastSlash(p); i >= 0 {
			name = p[i+1:]
		}
		if spec.Name != nil {
			name = spec.Name.Name
		}
		imports[name] = p
	}
	chanFields := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				if _, isChan := f.Type.(*ast.ChanType); isChan {
					for _, name := range f.Names {
						chanFields[name.Name] = true
					}
				}
			}
		}
		return true
	})
	add := func(construct string, at token.Pos) {
		r.Uses = append(r.Uses, use{construct, fset.Position(at).Line})
	}
	onError := map[*ast.CallExpr]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if st, ok := n.(*ast.IfStmt); ok && isErrCheck(st.Cond) && len(st.Body.List) == 1 {
			if es, ok := st.Body.List[0].(*ast.ExprStmt); ok {
				if call, ok := es.X.(*ast.CallExpr); ok {
					onError[call] = true
				}
			}
		}
		return true
	})
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			add("go", n.Pos())
		case *ast.DeferStmt:
			add("defer", n.Pos())
		case *ast.SendStmt:
			add("send", n.Pos())
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				add("receive", n.Pos())
			}
		case *ast.RangeStmt:
			if isChan(n.X, imports, chanFields) {
				add("receive", n.Pos())
			}
		case *ast.SelectStmt:
			add("select", n.Pos())
		case *ast.CallExpr:
			switch fun := n.Fun.(type) {
			case *ast.Ident:
				if fun.Name == "panic" && fun.Obj == nil && onError[n] {
					add("panic-on-error", n.Pos())
				} else if builtins[fun.Name] && fun.Obj == nil {
					add(fun.Name, n.Pos())
				}
			case *ast.SelectorExpr:
				if pkg, ok := fun.X.(*ast.Ident); ok && pkg.Obj == nil {
					if p, ok := imports[pkg.Name]; ok && calls[p][fun.Sel.Name] {
						add(p+"."+fun.Sel.Name, n.Pos())
					}
				}
			}
		}
		return true
	})
	return nil
}

// isChan reports whether x is, as far as the file shows, a channel.
func isChan(x ast.Expr, imports map[string]string, chanFields map[string]bool) bool {
	switch x := x.(type) {
	case *ast.ParenExpr:
		return isChan(x.X, imports, chanFields)
	case *ast.SelectorExpr:
		return chanFields[x.Sel.Name]
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
			if pkg, ok := sel.X.(*ast.Ident); ok && imports[pkg.Name] == "time" {
				return sel.Sel.Name == "After" || sel.Sel.Name == "Tick"
			}
			return sel.Sel.Name == "Done"
		}
	case *ast.Ident:
		if x.Obj == nil || x.Obj.Decl == nil {
			return false
		}
		switch d := x.Obj.Decl.(type) {
		case *ast.Field:
			_, ok := d.Type.(*ast.ChanType)
			return ok
		case *ast.ValueSpec:
			if _, ok := d.Type.(*ast.ChanType); ok {
				return true
			}
			for i, name := range d.Names {
				if name.Name == x.Name && i < len(d.Values) {
					return makesChan(d.Values[i])
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range d.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && id.Name == x.Name && len(d.Rhs) == len(d.Lhs) {
					return makesChan(d.Rhs[i]) || isChan(d.Rhs[i], imports, chanFields)
				}
			}
		}
	}
	return false
}

// isErrCheck reports whether cond is `err != nil` (any name with "err" in it).
func isErrCheck(cond ast.Expr) bool {
	b, ok := cond.(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	x, okX := b.X.(*ast.Ident)
	y, okY := b.Y.(*ast.Ident)
	return okX && okY && y.Name == "nil" && strings.Contains(strings.ToLower(x.Name), "err")
}

func makesChan(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn, ok := call.Fun.(*ast.Ident)
	if !ok || fn.Name != "make" {
		return false
	}
	_, isChan := call.Args[0].(*ast.ChanType)
	return isChan
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}
