package sessions

import "time"

// Template is a process to start a werkgroep from: sessions and their steps.
type Template struct {
	Name     string
	Sessions []TemplateSession
}

// TemplateSession is one session of a template.
type TemplateSession struct {
	Title   string
	Purpose string
	Steps   []Step
}

// VisionTemplate is the name of the built-in four-session vision process.
const VisionTemplate = "visie-4"

// BuiltinTemplate returns the four sessions of the vision process in the
// given language. Prompts quote the source documents where they can; the
// English version renders them, and the minutes keep them as written here.
func BuiltinTemplate(l Lang) Template {
	if l == English {
		return Template{Name: VisionTemplate, Sessions: visionEN()}
	}
	return Template{Name: VisionTemplate, Sessions: visionNL()}
}

func step(kind StepKind, title, purpose, prompt string, minutes int) Step {
	return Step{Kind: kind, Title: title, Purpose: purpose, Prompt: prompt, Timebox: time.Duration(minutes) * time.Minute}
}

// private is a step whose contributions are for the group only by default.
func private(kind StepKind, title, purpose, prompt string, minutes int) Step {
	st := step(kind, title, purpose, prompt, minutes)
	st.Private = true
	return st
}
