package main

import (
	"bytes"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"werkgroep/i18n"
)

// TestServeSaysWhyItCannotListen: a port that is taken and an address
// that is not this computer's are said in plain words, in the chrome
// language, not in Go's ("bind: address already in use").
func TestServeSaysWhyItCannotListen(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	_, port, _ := net.SplitHostPort(taken.Addr().String())
	data := filepath.Join(t.TempDir(), "w.db")
	for _, c := range []struct{ lang, listen, want string }{
		{"nl", taken.Addr().String(), i18n.For("nl").T("serve.listen.inuse", port)},
		{"en", taken.Addr().String(), i18n.For("en").T("serve.listen.inuse", port)},
		{"nl", "geen-computer.invalid:2222", i18n.For("nl").T("serve.listen.bad", "geen-computer.invalid:2222")},
		{"nl", "127.0.0.1:99999", i18n.For("nl").T("serve.listen.bad", "127.0.0.1:99999")},
	} {
		var out, errb bytes.Buffer
		code := runServe([]string{"--lang", c.lang, "--data", data, "--listen", c.listen}, nil, &out, &errb)
		if code != 1 || strings.TrimSpace(errb.String()) != c.want {
			t.Errorf("--listen %s (%s): exit %d, said %q; want 1 and %q", c.listen, c.lang, code, errb.String(), c.want)
		}
	}
}

// TestListenAddr: a port alone is that port on all networks.
func TestListenAddr(t *testing.T) {
	for in, want := range map[string]string{"2222": ":2222", ":8022": ":8022", "127.0.0.1:2222": "127.0.0.1:2222"} {
		if got := listenAddr(in); got != want {
			t.Errorf("listenAddr(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConnectHosts: on one address the others connect to that address;
// on all networks to this laptop's name or its own addresses, never to
// the loopback address.
func TestConnectHosts(t *testing.T) {
	one, addrs := connectHosts(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 2222})
	if one != "127.0.0.1" || addrs != nil {
		t.Errorf("on 127.0.0.1: %q %q, want 127.0.0.1 alone", one, addrs)
	}
	_, addrs = connectHosts(&net.TCPAddr{IP: net.IPv6unspecified, Port: 2222})
	for _, a := range addrs {
		if ip := net.ParseIP(a); ip == nil || ip.IsLoopback() {
			t.Errorf("on all networks, %q offered as this laptop's address", a)
		}
	}
}
