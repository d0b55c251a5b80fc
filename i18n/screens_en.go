package i18n

func init() {
	add(EN, map[string]string{
		"key.quit":     "quit",
		"key.quit.now": "quit now",
		"key.help":     "all keys",
		"help.title":   "All keys on this screen",
		"help.close":   "Press any key to go back.",
		"too.small":    "Please make the window larger. This screen needs at least %d × %d characters; the window is now %d × %d.",
		"error.prefix": "That did not work: %s",
	})
}
