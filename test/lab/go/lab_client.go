package main

// The lab's side of a Go client program: the program builds its client as a user would and hands this a
// way to send one POST with it. The lab process drives the rounds over stdin, one command a line, and reads
// one JSON line per request on stdout ("post": send one POST now; "exit": stop). The lab decides when each
// request leaves, so the idle gaps are timed in one place for every language.

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

type labReply struct {
	Event      string   `json:"event"`
	OK         bool     `json:"ok"`
	Status     int      `json:"status,omitempty"`
	Connection *string  `json:"connection,omitempty"`
	Error      string   `json:"error,omitempty"`
	Message    string   `json:"message,omitempty"`
	Causes     []string `json:"causes,omitempty"`
	StartedAt  int64    `json:"startedAt"`
	EndedAt    int64    `json:"endedAt"`
}

// labDrive answers the lab's commands until "exit" or the end of stdin.
func labDrive(post func(url string, body []byte) (*http.Response, error)) {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: program <url>")
		os.Exit(2)
	}
	url := os.Args[1]
	body := []byte(`{"command":"lab"}`)
	out := json.NewEncoder(os.Stdout)
	out.Encode(map[string]string{"event": "ready"})
	commands := bufio.NewScanner(os.Stdin)
	for commands.Scan() {
		switch commands.Text() {
		case "exit":
			return
		case "post":
			reply := labReply{Event: "response", StartedAt: time.Now().UnixMilli()}
			response, err := post(url, body)
			if err == nil {
				_, err = io.Copy(io.Discard, response.Body)
				response.Body.Close()
				reply.Status = response.StatusCode
				if connection := response.Header.Get("X-Connection"); connection != "" {
					reply.Connection = &connection
				}
			}
			if err != nil {
				reply.Error, reply.Message, reply.Causes = describe(err)
			} else {
				reply.OK = reply.Status == 200
			}
			reply.EndedAt = time.Now().UnixMilli()
			out.Encode(reply)
		default:
			out.Encode(map[string]string{"event": "error", "message": "unknown command: " + commands.Text()})
		}
	}
}

// describe names the innermost error's type (the one that says what the socket did), the whole message,
// and the chain of wrapped errors.
func describe(err error) (string, string, []string) {
	var chain []string
	innermost := err
	for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
		chain = append(chain, fmt.Sprintf("%T: %v", e, e))
		innermost = e
	}
	return fmt.Sprintf("%T", innermost), err.Error(), chain
}
