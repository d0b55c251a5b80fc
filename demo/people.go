package demo

import "werkgroep/sessions"

const (
	smallTheme = "Een standaard participatieparagraaf in beleidsstukken: laten zien hoe Amsterdammers betrokken waren en wat er met hun inbreng is gedaan. Met een gedeelde visie op de kanteling naar relationeel werken."
	// The trekkers are invented too, and are not among the participants.
	smallTrekkers = "Marloes Dekker en Ahmed Ouali"
)

// person is an invented participant of the small demo. The key is how the
// script below refers to them; it is never shown.
type person struct {
	key       string
	name      string
	naming    sessions.Naming // in the group's own minutes
	paragraph sessions.Naming // in the participatieparagraaf
	about     string          // in their own words, or nothing
}

// people of the small demo, in the order they were added. Their choices
// cover every way of being named, and the paragraph is often more private.
// Ricardo chose a less private paragraph name than minutes name: the
// program must then use the more private one for both.
var people = []person{
	{"sanne", "Sanne Vermeulen", sessions.FullName, sessions.Initials, "Ik woon in Nieuw-West, moeder van drie."},
	{"youssef", "Youssef El Amrani", sessions.FirstName, sessions.NotNamed, "Ik werk bij de gemeente, bij Werk, Participatie en Inkomen."},
	{"ineke", "Ineke Bosman", sessions.FullName, sessions.FullName, "Ik zit in een lotgenotengroep. Verder ben ik oma en tuinier."},
	{"ricardo", "Ricardo Martis", sessions.Initials, sessions.FirstName, ""},
	{"fatma", "Fatma Yıldız", sessions.FirstName, sessions.FirstName, "Ik werk als ervaringsdeskundige in een buurtteam in Oost."},
	{"kees", "Kees Hoogendijk", sessions.NotNamed, sessions.NotNamed, "Ik kom vooral luisteren."},
	{"priya", "Priya Ramdin", sessions.Initials, sessions.Initials, "Beleidsadviseur sociaal domein. Ik ben hier om te leren."},
	{"mirjam", "Mirjam de Wit", sessions.FirstName, sessions.Initials, "Ik heb lang schulden gehad. Nu help ik anderen met hun post."},
	{"tom", "Tom Verbeek", sessions.FullName, sessions.FullName, "Ik werk bij een zorgaanbieder in Zuidoost."},
	{"naima", "Naima Bouzid", sessions.Initials, sessions.Initials, "Ik zorg voor mijn broer en ben actief in de wijk."},
	{"henk", "Henk Smit", sessions.NotNamed, sessions.NotNamed, ""},
	{"esther", "Esther Kwakye", sessions.FirstName, sessions.NotNamed, "Ik kom uit Zuidoost en ik schrijf graag."},
	{"bart", "Bart van Leeuwen", sessions.FullName, sessions.FirstName, "Ik heb een tijd op straat geleefd. Nu ben ik kwartiermaker."},
	{"joyce", "Joyce Pinas", sessions.FirstName, sessions.FirstName, "Ik studeer social work en loop stage bij het netwerk."},
}

// namingChanged is when someone changed how they appear in the minutes,
// as the story tells: Priya asked in session 2 for her initials instead of
// her full name (meeting2.go).
var namingChanged = map[string]string{"priya": "2026-03-03"}

// attendance letters, one per person in the order of people:
// p present, n afgemeld (with notice), a absent, ? not recorded.
func attendanceOf(letter byte) sessions.Attendance {
	switch letter {
	case 'p':
		return sessions.Present
	case 'n':
		return sessions.WithNotice
	case 'a':
		return sessions.Absent
	}
	return sessions.Unknown
}
