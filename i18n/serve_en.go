package i18n

// werkgroep serve: the program over SSH.
var serveEN = []entry{
	{"serve.usage", `werkgroep serve: share the program over SSH, for a note-taker on a second laptop.

Everyone who connects works in the same data file, and sees at once what the
others capture. Only people who sent their public key may come in.

Usage:
  werkgroep serve [--data FILE] [--listen ADDRESS] [--authorized-keys FILE]
  werkgroep serve --add-key FILE [--name NAME]   let a key in (- is standard input)
  werkgroep serve --web :8080 [--listen ""]      also the page for phones (with --listen "" without SSH)

Connect: ssh -p 2222 computer (the program) or ssh -p 2222 computer present (the projector).
ctrl+c stops the server.`},
	{"serve.args", "werkgroep serve does not know %s. See werkgroep serve --help."},
	{"serve.flag.listen", "address and port to listen on; 127.0.0.1:2222 stays on this computer"},
	{"serve.flag.keys", "the file with the public keys that may come in; by default in your own settings folder"},
	{"serve.flag.addkey", "let a public key in (a .pub file, or - for standard input)"},
	{"serve.flag.name", "the name for the key of --add-key (default: the comment in the key)"},
	{"flag.arg.listen", "ADDRESS"},
	{"flag.arg.web", "ADDRESS"},
	{"flag.arg.authorized-keys", "FILE"},
	{"flag.arg.add-key", "FILE"},
	{"flag.arg.name", "NAME"},
	{"serve.listening", "werkgroep serve is listening on %s, with the file %s."},
	{"serve.fingerprint", "This server's fingerprint (let the others check it once): %s"},
	{"serve.connect", "Connect: ssh -p %s %s"},
	{"serve.connect.addr", "  or with this laptop's address: ssh -p %s %s"},
	{"serve.listen.inuse", "Port %s is already in use, perhaps by another werkgroep serve. Stop that one first, or choose another port, for example --listen :8022."},
	{"serve.listen.denied", "werkgroep serve may not listen on port %s: ports below 1024 are for the administrator. Choose a higher one, for example --listen :2222."},
	{"serve.listen.bad", "%s is not an address of this computer. Write only the port (--listen :2222, for all networks) or 127.0.0.1:2222 (only on this computer)."},
	{"serve.keys", "Keys that may come in: %d, in %s"},
	{"serve.nokeys", "Nobody may come in yet: first add a key with werkgroep serve --add-key FILE (keys are kept in %s)."},
	{"serve.people", "Connected: %d"},
	{"serve.stopping", "The server is stopping; the people connected are told."},
	{"serve.stopped", "The server has stopped."},
	{"serve.bye", "The server is stopping. What you were typing has been kept."},
	{"serve.nopty", "werkgroep needs a terminal. Connect with ssh -t."},
	{"serve.added", "%s's key is now in %s."},
	{"serve.added.noname", "The key is now in %s."},
	{"serve.known", "This key was already in %s."},
	{"serve.badkey", "This is not a public key (such as id_ed25519.pub): %v"},
	{"serve.failed", "werkgroep serve cannot start: %v"},
	{"serve.command", "werkgroep serve does not know that: %s. Connect without a command for the program, or with present for the projector."},
}

func init() { add(EN, serveEN) }
