package sessions

import (
	"crypto/rand"
	"errors"
	"math/big"
	"strings"
	"time"
)

// Participants can answer from their own phone (issue 17): the leading
// program opens a session to phones, and a page on the facilitator's own
// laptop follows the led step. A phone is one person. It is anonymous
// ("via telefoon") unless it says which participant it is and the
// note-taker confirms that; its placements and votes are stored under
// PhonePerson(id) until then, so they count in every figure as one
// person, with no special path.

// PhoneRoom is a session open (or once opened) to phones.
type PhoneRoom struct {
	SessionID ID
	Code      string // the join code people type, JoinCodeLen digits
	Address   string // the page's address, "http://192.168.1.20:8080"; empty when unknown
	Program   string // the program that serves it (NewProgramID); empty when unknown
	// ServerGone: the store could tell, on reading, that Program no
	// longer runs (as Lead.Ended).
	ServerGone bool
	Opened     time.Time
	Closed     time.Time // zero while open
}

// IsOpen reports whether phones may answer.
func (r PhoneRoom) IsOpen() bool { return r.Closed.IsZero() }

// JoinURL is the address with the code filled in, for the QR code.
func (r PhoneRoom) JoinURL() string {
	if r.Address == "" {
		return ""
	}
	return strings.TrimSuffix(r.Address, "/") + "/?c=" + r.Code
}

// SpacedCode is the code as shown, in two groups: "482 913".
func (r PhoneRoom) SpacedCode() string {
	if len(r.Code) != JoinCodeLen {
		return r.Code
	}
	return r.Code[:3] + " " + r.Code[3:]
}

// PhoneStore is what the screens use of the store for phones (the
// program's store has it; package store).
type PhoneStore interface {
	PhoneRoom(session ID) (PhoneRoom, error)
	OpenPhoneRoom(session ID, address, program string) (PhoneRoom, error)
	ClosePhoneRoom(session ID) error
	Phones(session ID) ([]Phone, error)
	PhonesAnswered(session ID) (int, error)
	ConfirmPhone(phone ID) error
}

// JoinCodeLen is how many digits a join code has.
const JoinCodeLen = 6

// NewJoinCode is a random join code of JoinCodeLen digits.
func NewJoinCode() string {
	var b strings.Builder
	for range JoinCodeLen {
		n, err := rand.Int(rand.Reader, big.NewInt(10))
		if err != nil {
			panic(err) // crypto/rand does not fail on supported systems
		}
		b.WriteByte(byte('0' + n.Int64()))
	}
	return b.String()
}

// NormalizeJoinCode keeps the digits of what someone typed ("482 913").
func NormalizeJoinCode(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Phone is one phone that answers in a session.
type Phone struct {
	ID        ID
	SessionID ID
	Claimed   ID   // the participant it says it is; zero: anonymous
	Confirmed bool // the note-taker confirmed Claimed
	Created   time.Time
}

// Person is whom the phone's answers are stored under: the confirmed
// participant, or else the phone itself (PhonePerson).
func (p Phone) Person() ID {
	if p.Confirmed && p.Claimed != 0 {
		return p.Claimed
	}
	return PhonePerson(p.ID)
}

// Pending reports whether the phone waits for the note-taker's confirmation.
func (p Phone) Pending() bool { return p.Claimed != 0 && !p.Confirmed }

// PhonePerson is the participant number under which an unconfirmed
// phone's placements and votes are stored: below zero, so that it never
// meets a participant's, and never zero, which is the group.
func PhonePerson(phone ID) ID { return -phone }

// IsPhonePerson reports whether a placement's or vote's person is a phone.
func IsPhonePerson(id ID) bool { return id < 0 }

// Errors of the phone room, for the page's plain words.
var (
	ErrRoomClosed  = errors.New("the room is closed to phones")
	ErrClaimTaken  = errors.New("another phone was confirmed as this participant")
	ErrNotAttended = errors.New("not someone present in this session")
)

// PhoneTextMax is the most a phone may send as one text, in bytes after
// cleaning: a few sentences, far more than a contribution needs.
const PhoneTextMax = 2000

// PhoneText cleans what a phone sent as typed text is cleaned (Clean),
// or as one line (CleanLine), and reports false when it is too long.
func PhoneText(s string, oneLine bool) (string, bool) {
	if oneLine {
		s = CleanLine(s)
	} else {
		s = Clean(s)
	}
	return s, len(s) <= PhoneTextMax
}
