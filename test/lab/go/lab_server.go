package main

// The lab's side of a Go server program. The program configures its http.Server as a user would and serves
// on labListener(), wrapping its handler in labHandler (as a middleware). The server value is never handed
// to lab code, so the plugin reads its fields exactly as written. labListener listens on a free port on
// 127.0.0.1 and prints {"port": N}; it numbers connections, which labHandler returns in an X-Connection
// response header, and appends "<unix ms> response" and "<unix ms> close <n>" lines to the event log named
// by the first argument (the format of the lab's other servers).

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"
)

type labEvents struct {
	mu   sync.Mutex
	file *os.File
}

func (l *labEvents) record(event string) {
	if l.file == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.file, "%d %s\n", time.Now().UnixMilli(), event)
}

var (
	labLog        = &labEvents{}
	labMu         sync.Mutex
	labNext       int
	labIDByRemote = map[string]int{}
)

// A numbered connection that records its close once the descriptor is closed (the FIN is on the wire).
type labConn struct {
	net.Conn
	id   int
	once sync.Once
}

func (c *labConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		labMu.Lock()
		delete(labIDByRemote, c.RemoteAddr().String())
		labMu.Unlock()
		labLog.record("close " + strconv.Itoa(c.id))
	})
	return err
}

type labNumberingListener struct{ net.Listener }

func (l labNumberingListener) Accept() (net.Conn, error) {
	conn, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	labMu.Lock()
	labNext++
	id := labNext
	labIDByRemote[conn.RemoteAddr().String()] = id
	labMu.Unlock()
	return &labConn{Conn: conn, id: id}, nil
}

func labListener() net.Listener {
	if len(os.Args) > 1 {
		file, err := os.OpenFile(os.Args[1], os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		labLog.file = file
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	json.NewEncoder(os.Stdout).Encode(map[string]int{"port": listener.Addr().(*net.TCPAddr).Port})
	return labNumberingListener{listener}
}

func labHandler(handler http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		labMu.Lock()
		id := labIDByRemote[r.RemoteAddr]
		labMu.Unlock()
		w.Header().Set("X-Connection", strconv.Itoa(id))
		// Recorded before the response is written, so a client that has it can always find the record.
		labLog.record("response")
		handler.ServeHTTP(w, r)
	})
}
