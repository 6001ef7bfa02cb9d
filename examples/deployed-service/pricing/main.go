// The pricing service: a Go server behind nginx's upstream pool (60 s idle by default).
package main

import (
	"net/http"
	"time"
)

func main() {
	server := &http.Server{
		Addr:        ":8081",
		ReadTimeout: 10 * time.Second,
		IdleTimeout: 30 * time.Second,
	}
	_ = server.ListenAndServe()
}
