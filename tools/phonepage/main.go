// Command phonepage serves the participants' page (package web) for a
// browser check (tools/phone.sh): a fresh file with a werkgroep in the
// given language, a few participants, the lead at the first step of the
// given kind (schema, voting or activity) and the session open to
// phones. It prints "URL CODE" on one line, then serves on 127.0.0.1
// until its standard input closes or it is stopped. With -setup FILE it
// only makes that file, with eleven participants present and nothing
// led, for a real werkgroep program to lead (tools/phones11.sh), and
// prints the session's and the step's number. Usage:
//
//	go run ./tools/phonepage [-kind schema] [-lang nl] [-setup FILE]
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"

	"werkgroep/sessions"
	"werkgroep/store"
	"werkgroep/web"
)

func main() {
	kind := flag.String("kind", "schema", "the step kind led: schema, voting or activity")
	lang := flag.String("lang", "nl", "the werkgroep's language: nl or en")
	setup := flag.String("setup", "", "only make this file, for a werkgroep program to lead, and print the session's and step's number")
	flag.Parse()
	if err := run(sessions.StepKind(*kind), sessions.Lang(*lang), *setup); err != nil {
		fmt.Fprintln(os.Stderr, "phonepage:", err)
		os.Exit(1)
	}
}

func run(kind sessions.StepKind, lang sessions.Lang, setup string) error {
	dir, err := os.MkdirTemp("", "phonepage")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "w.db")
	if setup != "" {
		path = setup
	}
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	w := sessions.Werkgroep{Name: "Visie & Participatie", Lang: lang}
	if err := st.CreateWerkgroep(&w, sessions.BuiltinTemplate(lang)); err != nil {
		return err
	}
	people := []sessions.Participant{{Name: "Petra de Vries", Naming: sessions.Initials}, {Name: "Linda Carolus"}}
	if setup != "" { // eleven, as in a real werkgroep
		for _, name := range []string{"Ahmed el Amrani", "Bart van Leeuwen", "Ricardo Martis", "Priya Ramdin", "Fatima Zahra", "Joost Bakker", "Marieke Smit", "Youssef Haddou", "Anja Meijer"} {
			people = append(people, sessions.Participant{Name: name})
		}
	}
	for i := range people {
		people[i].WerkgroepID = w.ID
		if err := st.SaveParticipant(&people[i]); err != nil {
			return err
		}
	}
	ss, _ := st.Sessions(w.ID)
	var se sessions.Session
	var step sessions.Step
	for _, s := range ss {
		for _, x := range s.Steps {
			if x.Kind == kind && step.ID == 0 {
				se, step = s, x
			}
		}
	}
	if step.ID == 0 {
		return fmt.Errorf("no %s step in the template", kind)
	}
	if setup != "" {
		for _, p := range people {
			if err := st.SetAttendance(se.ID, p.ID, sessions.Present); err != nil {
				return err
			}
		}
	}
	if kind == sessions.StepVoting {
		for _, text := range []string{"Meer ervaringsdeskundigen aan tafel", "Een loket in de wijk", "Terugkoppelen binnen een maand"} {
			o := sessions.VoteOption{StepID: step.ID, Text: text, Stickers: -1}
			if err := st.SaveVoteOption(&o); err != nil {
				return err
			}
		}
	}
	if setup != "" {
		fmt.Println(se.Number, stepIndex(se, step.ID))
		return nil
	}
	if err := st.SetLead(sessions.Lead{WerkgroepID: w.ID, SessionID: se.ID, StepID: step.ID, Program: sessions.NewProgramID()}); err != nil {
		return err
	}
	room, err := st.OpenPhoneRoom(se.ID, "", "")
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := web.New(web.Config{Store: st, Lang: string(lang)}).HTTPServer()
	go srv.Serve(ln)
	defer srv.Close()
	fmt.Printf("http://%s %s\n", ln.Addr(), room.Code)
	io.Copy(io.Discard, os.Stdin) // until the check is done
	return nil
}

// stepIndex is the place of step id in se's agenda, from 1.
func stepIndex(se sessions.Session, id sessions.ID) int {
	for i, x := range se.Steps {
		if x.ID == id {
			return i + 1
		}
	}
	return 0
}
