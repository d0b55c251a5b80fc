package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"werkgroep/i18n"
	"werkgroep/serve"
)

// runServe is `werkgroep serve`: the program over SSH (package serve),
// or with --add-key, one more person let in.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	t := chromeLang(args)
	var c commonFlags
	var listen, keys, addKey, name, webAddr string
	set := newFlagSet("werkgroep serve", "serve.usage", t, stderr)
	c.register(set, t)
	set.StringVar(&listen, "listen", ":2222", t.T("serve.flag.listen"))
	set.StringVar(&webAddr, "web", "", t.T("serve.flag.web"))
	set.StringVar(&keys, "authorized-keys", "", t.T("serve.flag.keys"))
	set.StringVar(&addKey, "add-key", "", t.T("serve.flag.addkey"))
	set.StringVar(&name, "name", "", t.T("serve.flag.name"))
	if code, ok := parseArgs(set, args, t, stderr, "serve.args"); !ok {
		return code
	}
	dir, err := configDir()
	if err != nil {
		fmt.Fprintln(stderr, t.T("serve.failed", err))
		return 1
	}
	if keys == "" {
		keys = filepath.Join(dir, "authorized_keys")
	}
	if addKey != "" {
		return addServeKey(addKey, name, keys, stdin, stdout, stderr, t)
	}
	path, ok := c.dataFile(t, stderr)
	if !ok {
		return 1
	}
	if st, ok := openStore(&c, t, stderr); !ok { // made when missing, refused in plain words
		return 1
	} else {
		st.Close()
	}
	if webAddr != "" {
		servedPage = newPhoneWeb(path, webAddr, string(t.Lang))
		urls, err := servedPage.start()
		if err != nil {
			fmt.Fprintln(stderr, t.T("serve.failed", err))
			return 1
		}
		defer servedPage.close()
		for _, l := range webAddrLines(urls, t) { // the address first
			fmt.Fprintln(stdout, l)
		}
		if listen == "" || listen == "none" {
			return waitForStop(t, stdout)
		}
	}
	return serveOn(path, listen, dir, keys, t, stdout, stderr)
}

// servedPage is the participants' page of werkgroep serve --web, which
// the connections' programs use when a session is opened to phones.
var servedPage *phoneWeb

// waitForStop is werkgroep serve --web without SSH: the page until ctrl+c.
func waitForStop(t i18n.Catalog, stdout io.Writer) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, stopSignals...) // also SIGHUP, as serve with SSH (signals.go)
	defer signal.Stop(sigs)
	<-sigs
	fmt.Fprintln(stdout, t.T("serve.stopped"))
	return 0
}

func serveOn(path, listen, dir, keys string, t i18n.Catalog, stdout, stderr io.Writer) int {
	hub := newServeHub(path) // one change feed for all connections, and their reads shared
	if hub != nil {
		defer hub.close() // after the connections (srv.Stop below)
	}
	srv, err := serve.New(serve.Config{Dir: dir, AuthorizedKeys: keys, Lang: t,
		App:    serveApp(path, hub),
		People: func(n int) { fmt.Fprintln(stdout, t.T("serve.people", n)) },
	})
	if err != nil {
		fmt.Fprintln(stderr, t.T("serve.failed", err))
		return 1
	}
	listen = listenAddr(listen)
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		fmt.Fprintln(stderr, explainListen(t, listen, err)) // serve_listen.go
		return 1
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, stopSignals...) // also SIGHUP: the host's window closed (signals.go)
	defer signal.Stop(sigs)
	fmt.Fprintln(stdout, t.T("serve.listening", ln.Addr(), path))
	fmt.Fprintln(stdout, t.T("serve.fingerprint", srv.Fingerprint))
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	host, addrs := connectHosts(ln.Addr())
	fmt.Fprintln(stdout, t.T("serve.connect", port, host))
	for _, a := range addrs {
		fmt.Fprintln(stdout, t.T("serve.connect.addr", port, a))
	}
	if n := serve.CountKeys(keys); n == 0 {
		fmt.Fprintln(stdout, t.T("serve.nokeys", keys))
	} else {
		fmt.Fprintln(stdout, t.T("serve.keys", n, keys))
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintln(stderr, t.T("serve.failed", err))
		return 1
	case <-sigs:
	}
	fmt.Fprintln(stdout, t.T("serve.stopping"))
	srv.Stop(2 * time.Second) // within the 3 s of issue 16
	<-served
	fmt.Fprintln(stdout, t.T("serve.stopped"))
	return 0
}

// addServeKey is `werkgroep serve --add-key FILE`.
func addServeKey(from, name, keys string, stdin io.Reader, stdout, stderr io.Writer, t i18n.Catalog) int {
	var data []byte
	var err error
	if from == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(from)
	}
	if err != nil {
		fmt.Fprintln(stderr, t.T("serve.badkey", err))
		return 1
	}
	got, err := serve.AddKey(keys, data, name)
	switch {
	case errors.Is(err, serve.ErrKnownKey):
		fmt.Fprintln(stdout, t.T("serve.known", keys))
		return 0
	case err != nil:
		fmt.Fprintln(stderr, t.T("serve.badkey", err))
		return 1
	case got == "":
		fmt.Fprintln(stdout, t.T("serve.added.noname", keys))
	default:
		fmt.Fprintln(stdout, t.T("serve.added", got, keys))
	}
	return 0
}

// configDir is the program's own settings folder: the host key and the
// authorized keys of werkgroep serve.
func configDir() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "werkgroep"), nil
}
