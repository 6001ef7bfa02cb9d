package main

// A command service as it was deployed: read and write timeouts set, no IdleTimeout. net/http then closes
// idle keep-alive connections after ReadTimeout (scaled down here from 10 s to 500 ms).

import (
	"io"
	"log"
	"net/http"
	"time"
)

func handleCommand(w http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body)
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte("{\"ok\":true}\n"))
}

func main() {
	server := &http.Server{
		Handler:      labHandler(http.HandlerFunc(handleCommand)),
		ReadTimeout:  500 * time.Millisecond,
		WriteTimeout: 500 * time.Millisecond,
	}
	if err := server.Serve(labListener()); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
