package main

// The lab's side of a Go server program: the program configures its http.Server as a user would and hands
// it to serveLab, which listens on a free port on 127.0.0.1, prints {"port": N}, numbers connections in an
// X-Connection response header, and appends "<unix ms> response" and "<unix ms> close <n>" lines to the
// event log named by the first argument (the format of the lab's other servers).

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"
)

type labConnectionKey struct{}

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

func serveLab(server *http.Server) {
	events := &labEvents{}
	if len(os.Args) > 1 {
		file, err := os.OpenFile(os.Args[1], os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		events.file = file
	}
	var mu sync.Mutex
	ids := map[net.Conn]int{}
	next := 0
	userConnState := server.ConnState
	server.ConnState = func(conn net.Conn, state http.ConnState) {
		if state == http.StateClosed || state == http.StateHijacked {
			mu.Lock()
			id := ids[conn]
			delete(ids, conn)
			mu.Unlock()
			// Called after the connection was closed: the FIN is on the wire before the record.
			events.record("close " + strconv.Itoa(id))
		}
		if userConnState != nil {
			userConnState(conn, state)
		}
	}
	userConnContext := server.ConnContext
	server.ConnContext = func(ctx context.Context, conn net.Conn) context.Context {
		mu.Lock()
		next++
		ids[conn] = next
		id := next
		mu.Unlock()
		if userConnContext != nil {
			ctx = userConnContext(ctx, conn)
		}
		return context.WithValue(ctx, labConnectionKey{}, id)
	}
	handler := server.Handler
	server.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, _ := r.Context().Value(labConnectionKey{}).(int)
		w.Header().Set("X-Connection", strconv.Itoa(id))
		// Recorded before the response is written, so a client that has it can always find the record.
		events.record("response")
		handler.ServeHTTP(w, r)
	})
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	json.NewEncoder(os.Stdout).Encode(map[string]int{"port": listener.Addr().(*net.TCPAddr).Port})
	if err := server.Serve(listener); err != nil && err != http.ErrServerClosed {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
