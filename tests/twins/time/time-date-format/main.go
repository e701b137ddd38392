package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.String())
	for _, layout := range []string{
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.UnixDate, time.RFC1123, time.RFC1123Z,
		time.RFC822, time.RFC850, time.Stamp, time.StampMilli, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000", "Jan _2 3:04PM", "Monday 02/01/06 pm", "__2 002", ".999 ,000 .9", "-07:00 Z07:00 MST",
	} {
		fmt.Printf("%-40q %s\n", layout, t.Format(layout))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, int(m))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano())
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 61, 0, time.UTC))
	fmt.Println(t.AddDate(0, 1, 21), t.AddDate(-1, -11, 0))
	fmt.Println(t.Add(90*time.Minute), t.Truncate(time.Hour), t.Round(time.Hour))
	zone := time.FixedZone("XYZ", -(3*3600 + 1800))
	fmt.Println(t.In(zone), t.In(zone).Format(time.RFC3339))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC())
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).Weekday(), time.March, time.Saturday)
	fmt.Println(time.Month(13), time.Weekday(7))
	u := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.Sub(u), u.Before(t), t.Equal(t.In(zone)), t == t.In(zone))
}
