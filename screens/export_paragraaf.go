package screens

// The export screen's choices are the whole process (0), each session
// (1..n), and last the participatieparagraaf alone (n+1): a document of
// its own for a policy document, made by export.RenderParagraaf.

// paragraafChoice is the choice of the participatieparagraaf alone.
func (e *Export) paragraafChoice() int { return len(e.list) + 1 }

// choices is how many there are to cycle through with ← and →.
func (e *Export) choices() int { return len(e.list) + 2 }
