package main

// A command client as it shipped: an http.Client with a timeout and Go's default transport, which keeps
// idle connections for 90 s — longer than the server it calls keeps them.

import (
	"bytes"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 5 * time.Second}

func main() {
	labDrive(func(url string, body []byte) (*http.Response, error) {
		return client.Post(url, "application/json", bytes.NewReader(body))
	})
}
