package i18n

// Phones in the program (issue 17): opening a session to phones, the
// note-taker's view of them, and the projector's address and code.
var phonesEN = []entry{
	{"phones.key.toggle", "phones open/closed"},
	{"phones.key.confirm", "confirm a phone's name"},
	{"phones.cannot", "Phones cannot take part here: this file can only be read."},
	{"phones.opened", "Open to phones: %s · code %s. F3 closes it again."},
	{"phones.opened.elsewhere", "Open to phones with code %s. This program does not serve the page itself: start werkgroep serve --web :8080 on this laptop."},
	{"phones.noserver", "The page for phones does not start (%v). Start werkgroep serve --web with another port."},
	{"phones.closed", "Closed to phones. What was sent stays stored."},
	{"phones.none.pending", "No phone is waiting for confirmation."},
	{"phones.confirmed", "Confirmed: this phone's answers now count as %s."},
	{"phones.taken", "Another phone has already been confirmed as %s. Ask who it is."},
	{"phones.where.elsewhere", "via werkgroep serve --web"},
	{"phones.line", "Phones: code %s · %s · %d answered"},
	{"phones.pending", "%s waits for confirmation: F4 confirms (%d waiting)"},
	{"phones.via", "by phone"},
	{"phones.via.short", "phone"},
	{"phones.join", "Take part with your phone: %s · code\u00a0%s"},
	{"phones.join.nowhere", "Take part with your phone: code\u00a0%s"},
	{"phones.closed.present", "Closed to phones."},
	{"serve.flag.web", `also serve the page for phones, at this address and port (for example :8080); with --listen "" without SSH`},
	{"serve.web", "Page for phones: %s"},
	{"serve.web.also", "  also: %s"},
	{"serve.web.how", "Open a session to phones with T in the program; its code is then on the screen."},
	{"phones.md.schema", "Of the %[2]d people who placed themselves, %[1]d did so on their own phone."},
	{"phones.md.votes", "%d of them voted on their own phone."},
	{"phones.md.anon", "%d by phone"},
}

func init() { add(EN, phonesEN) }
