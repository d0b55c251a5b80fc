package main

import (
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/sessions"
	"werkgroep/store"
)

// TestPhoneWebServesThePageOnItsOwnHandle: the program's page starts on
// first use on the address asked, gives the same addresses when asked
// again, serves the join page, and stops on close.
func TestPhoneWebServesThePageOnItsOwnHandle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := newPhoneWeb(path, "127.0.0.1:0", "en")
	urls, err := p.start()
	if err != nil || len(urls) != 1 || !strings.HasPrefix(urls[0], "http://127.0.0.1:") {
		t.Fatalf("start: %v, %v", urls, err)
	}
	again, _ := p.start()
	if again[0] != urls[0] {
		t.Fatalf("started twice: %v then %v", urls, again)
	}
	w := sessions.Werkgroep{Name: "Visie & Participatie"}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(sessions.Dutch)); err != nil {
		t.Fatal(err)
	}
	ss, _ := st.Sessions(w.ID)
	if _, err := st.OpenPhoneRoom(ss[0].ID, urls[0], ""); err != nil {
		t.Fatal(err)
	}
	res, err := http.Get(urls[0] + "/?c=123456")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(b), `<html lang="en">`) || !strings.Contains(string(b), `value="123456"`) {
		t.Fatalf("the join page: %d\n%s", res.StatusCode, b)
	}
	p.close()
	if _, err := http.Get(urls[0]); err == nil {
		t.Fatal("still served after close")
	}
	if r, _ := st.PhoneRoom(ss[0].ID); r.IsOpen() {
		t.Fatal("the room it served is still open after the program stopped")
	}
}

func TestPageURLsOfAllNetworksLeaveOutTheLoopback(t *testing.T) {
	for _, u := range pageURLs(&net.TCPAddr{IP: net.IPv4zero, Port: 8080}) {
		if !strings.HasPrefix(u, "http://") || !strings.HasSuffix(u, ":8080") {
			t.Errorf("address %q", u)
		}
	}
	if got := pageURLs(&net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 8080}); len(got) != 1 || got[0] != "http://192.168.1.20:8080" {
		t.Errorf("one address: %v", got)
	}
}
