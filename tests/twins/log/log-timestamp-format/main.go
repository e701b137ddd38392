// The header's date and time (LstdFlags, Lmicroseconds, LUTC), checked with a regular expression in the program.
package main

import (
	"fmt"
	"log"
	"regexp"
	"strings"
	"time"
)

type lines struct{ got []string }

func (l *lines) Write(p []byte) (int, error) {
	l.got = append(l.got, string(p))
	return len(p), nil
}

func main() {
	out := &lines{}
	log.SetOutput(out)
	log.Println("default flags")
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.Println("with microseconds")
	log.SetFlags(log.Ltime)
	log.Println("time only")
	log.SetFlags(log.Ldate)
	log.Println("date only")
	log.SetFlags(log.Lmicroseconds)
	log.Println("microseconds imply the time")
	log.SetFlags(log.LstdFlags | log.LUTC)
	log.SetPrefix("p> ")
	log.Println("utc with prefix")
	log.SetFlags(log.LstdFlags | log.Lmsgprefix)
	log.Println("msgprefix after the time")
	patterns := []string{
		`^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} default flags\n$`,
		`^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{6} with microseconds\n$`,
		`^\d{2}:\d{2}:\d{2} time only\n$`,
		`^\d{4}/\d{2}/\d{2} date only\n$`,
		`^\d{2}:\d{2}:\d{2}\.\d{6} microseconds imply the time\n$`,
		`^p> \d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} utc with prefix\n$`,
		`^\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} p> msgprefix after the time\n$`,
	}
	for i, p := range patterns {
		line := out.got[i]
		fmt.Println(i, regexp.MustCompile(p).MatchString(line), len(line))
	}
	utc := out.got[5]
	now := time.Now().UTC().Format("2006/01/02")
	fmt.Println("utc date is today's:", strings.HasPrefix(utc, "p> "+now))
}
