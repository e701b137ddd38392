"""A server drops a kept-alive connection just after reading the next request
on it, before answering. The client sends a GET again on a new connection,
since a GET can be replayed; a POST it cannot replay gets the error.
(net/http/transport.go: persistConn.shouldRetryRequest.)"""

import re

from goexit import Chan, bufio, fmt, go, http, net, panic, run, strings

port = re.compile(r":\d+")


def handle(c: net.TCPConn, n: int, reset: bool) -> None:
    """Answer the first request on a connection and drop the connection after
    reading the second: a reset when reset is true, else a plain close."""
    br = bufio.new_reader(c)
    served = 0
    while True:
        while True:  # the request's header; the requests here send no body the server reads
            line, err = br.read_string("\n")
            if err is not None:
                c.close()
                return
            if line == "\r\n":
                break
        if served == 1:
            if reset:
                c.set_linger(0)
            c.close()
            return
        fmt.fprintf(c, "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nconn %d", n)
        served += 1


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    reset: Chan[bool] = Chan(bool, 10)

    def accept() -> None:
        n = 1
        while True:
            c, err = ln.accept()
            if err is not None:
                return
            go(handle, c, n, reset.recv())
            n += 1

    go(accept)
    url = "http://" + ln.addr().string() + "/"

    def get() -> None:
        resp, err = http.get(url)
        if err is not None:
            fmt.println(port.sub(":PORT", str(err)))
            return
        body = strings.Builder()
        buf = bytearray(16)
        while True:
            n, err = resp.body.read(buf)
            body.write(bytes(buf[:n]))
            if err is not None:
                break
        resp.body.close()
        fmt.println("GET:", resp.status, body.string())

    for r in (True, False, False):
        reset.send(r)
    get()  # conn 1 answers, and is kept alive
    get()  # conn 1 is reset after reading it: sent again on conn 2
    get()  # conn 2 is closed after reading it: sent again on conn 3
    # conn 3 is closed after reading the POST, which is not sent again.
    _, err = http.post(url, "text/plain", strings.new_reader("x"))
    fmt.println("POST:", port.sub(":PORT", str(err)))
    ln.close()


if __name__ == "__main__":
    run(main)
