package main

import (
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"

	"werkgroep/i18n"
)

// listenAddr is --listen as a person may write it: a port number alone
// (2222) means that port on all networks, as :2222 does.
func listenAddr(s string) string {
	if _, err := strconv.Atoi(s); err == nil {
		return ":" + s
	}
	return s
}

// explainListen says in plain words why the server cannot listen on addr:
// the port taken (another werkgroep serve, often), a port below 1024, or
// an address that is not this laptop's; Go's own words otherwise.
func explainListen(t i18n.Catalog, addr string, err error) string {
	_, port, _ := net.SplitHostPort(addr)
	var dns *net.DNSError
	var addrErr *net.AddrError
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return t.T("serve.listen.inuse", port)
	case errors.Is(err, syscall.EACCES) || errors.Is(err, os.ErrPermission):
		return t.T("serve.listen.denied", port)
	case errors.Is(err, syscall.EADDRNOTAVAIL) || errors.As(err, &dns) || errors.As(err, &addrErr):
		return t.T("serve.listen.bad", addr)
	}
	return t.T("serve.failed", err)
}

// connectHosts are the names the others can reach the server by: the
// address it listens on when that is one address; on all networks, this
// laptop's name and its own addresses on the networks it is on (guest
// Wi-Fi and phone hotspots seldom know each other's names).
func connectHosts(ln net.Addr) (name string, addrs []string) {
	if tcp, ok := ln.(*net.TCPAddr); ok && !tcp.IP.IsUnspecified() {
		return tcp.IP.String(), nil
	}
	name, _ = os.Hostname()
	ifaces, _ := net.Interfaces()
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 || virtualBridge(ifc.Name) {
			continue
		}
		ips, _ := ifc.Addrs()
		for _, a := range ips {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLinkLocalUnicast() {
				addrs = append(addrs, n.IP.String())
			}
		}
	}
	return name, addrs[:min(len(addrs), 3)]
}

// virtualBridge tells the networks of containers and virtual machines on
// this laptop, which nobody else can reach, by their usual names.
func virtualBridge(name string) bool {
	for _, p := range []string{"docker", "br-", "veth", "virbr", "lxc", "cni", "vmnet", "vboxnet", "utun"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
