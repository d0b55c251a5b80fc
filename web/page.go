package web

import (
	"bytes"
	"html/template"
	"net/http"

	"werkgroep/i18n"
)

// page is what one template shows. Everything in it is escaped by
// html/template; T looks up the page's language.
type page struct {
	cat       i18n.Catalog
	Lang      string
	Werkgroep string
	Step      string // the step's title
	Prompt    string
	Problem   string // a problem page's words
	Join      bool   // the join form
	Code      string // a join code to fill in
	Closed    bool
	Wait      bool
	Sent      bool // just sent: show what was sent first
	StepID    int64
	Token     string // the answer form's token
	Who       *whoView
	Schema    *schemaView
	Vote      *voteView
	Text      *textView
}

func (p page) T(key string, args ...any) string { return p.cat.T(key, args...) }

type whoView struct {
	Token    string
	Status   string
	Choices  []choice
	Selected int64
}

type choice struct {
	ID    int64
	Label string
}

type schemaView struct {
	Intro     string
	TopDown   string // "Top-down (doel-rationeel) model · Regie van buitenaf"
	BottomUp  string
	Dims      []dimView
	Summaries []string // what was sent
}

type dimView struct {
	Number            int
	TopDown, BottomUp string
	Now, Wish         int
	Example           string
}

type voteView struct {
	Intro     string
	Dots      int
	Options   []optionView
	Summaries []string
}

type optionView struct {
	ID   int64
	Text string
	Dots int
}

type textView struct {
	Sent []sentText
}

type sentText struct {
	ID      int64
	Text    string
	Version int64 // as the page shows it (store: the conflict rule)
	Token   string
}

// points are the seven points of the schema.
var points = []int{1, 2, 3, 4, 5, 6, 7}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"points": func() []int { return points },
	// upto is 0 to n, the dots one can put on an option: buttons to tap
	// rather than a number to type over.
	"upto": func(n int) []int {
		out := make([]int, n+1)
		for i := range out {
			out[i] = i
		}
		return out
	},
}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{if .Werkgroep}}{{.Werkgroep}} · {{end}}{{.T "web.title"}}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<main>
<h1>{{if .Werkgroep}}{{.Werkgroep}}{{else}}{{.T "web.title"}}{{end}}</h1>
{{- if .Problem}}
<h2>{{.T "web.problem"}}</h2>
<p class="problem" role="alert">{{.Problem}}</p>
<p><a class="button" href="/">{{.T "web.problem.back"}}</a></p>
{{- else if .Closed}}
<p role="status">{{.T "web.closed"}}</p>
<p>{{.T "web.closed.other"}}</p>
{{template "join" .}}
{{- else if .Join}}{{template "join" .}}
{{- else if .Wait}}
<p role="status">{{.T "web.wait"}}</p>
<p><a class="button" href="/">{{.T "web.again"}}</a></p>
{{- else}}
<h2>{{.T "web.step" .Step}}</h2>
{{if .Prompt}}<p class="prompt">{{.Prompt}}</p>{{end}}
{{if .Sent}}<div role="status"><p><strong>{{.T "web.sent"}}</strong></p>{{template "summary" .}}<p>{{.T "web.sent.change"}}</p></div>{{end}}
{{- if .Schema}}{{template "schema" .}}{{else if .Vote}}{{template "vote" .}}{{else if .Text}}{{template "text" .}}{{end}}
{{template "who" .}}
<p><a class="button secondary" href="/">{{.T "web.again"}}</a></p>
{{- end}}
</main>
</body>
</html>
{{define "join"}}
<form method="post" action="/join">
<p>{{.T "web.join.intro"}}</p>
<label for="code">{{.T "web.join.code"}}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="off" maxlength="12" value="{{.Code}}" required>
<button type="submit">{{.T "web.join.send"}}</button>
<p class="small">{{.T "web.join.privacy"}}</p>
</form>
{{end}}
{{define "summary"}}
{{- if .Schema}}<ul>{{range .Schema.Summaries}}<li>{{.}}</li>{{end}}</ul>
{{- else if .Vote}}{{if .Vote.Summaries}}<ul>{{range .Vote.Summaries}}<li>{{.}}</li>{{end}}</ul>{{else}}<p>{{.T "web.vote.none"}}</p>{{end}}
{{- else if .Text}}<ul>{{range .Text.Sent}}<li>{{.Text}}</li>{{end}}</ul>{{end}}
{{end}}
{{define "schema"}}
<form method="post" action="/answer">
<input type="hidden" name="step" value="{{.StepID}}">
<input type="hidden" name="token" value="{{.Token}}">
<p>{{.Schema.Intro}}</p>
{{range .Schema.Dims}}{{$d := .}}
<fieldset class="dim">
<legend>{{$.T "web.schema.dim" .Number}}</legend>
<p class="pole"><span class="model">{{$.Schema.TopDown}}</span> {{.TopDown}}</p>
<p class="pole"><span class="model">{{$.Schema.BottomUp}}</span> {{.BottomUp}}</p>
<fieldset class="scale">
<legend>{{$.T "web.schema.now"}}</legend>
{{range points}}<label class="point"><input type="radio" name="now{{$d.Number}}" value="{{.}}"{{if eq . $d.Now}} checked{{end}}><span>{{.}}</span></label>{{end}}
<label class="skip"><input type="radio" name="now{{$d.Number}}" value="0"{{if eq 0 $d.Now}} checked{{end}}><span>{{$.T "web.schema.skip"}}</span></label>
</fieldset>
<fieldset class="scale">
<legend>{{$.T "web.schema.wish"}}</legend>
{{range points}}<label class="point"><input type="radio" name="wish{{$d.Number}}" value="{{.}}"{{if eq . $d.Wish}} checked{{end}}><span>{{.}}</span></label>{{end}}
<label class="skip"><input type="radio" name="wish{{$d.Number}}" value="0"{{if eq 0 $d.Wish}} checked{{end}}><span>{{$.T "web.schema.skip"}}</span></label>
</fieldset>
<label for="example{{.Number}}">{{$.T "web.schema.example"}}</label>
<textarea id="example{{.Number}}" name="example{{.Number}}" rows="2" maxlength="2000">{{.Example}}</textarea>
</fieldset>
{{end}}
<button type="submit">{{if .Schema.Summaries}}{{.T "web.change"}}{{else}}{{.T "web.send"}}{{end}}</button>
</form>
{{end}}
{{define "vote"}}
{{if .Vote.Options}}
<form method="post" action="/answer">
<input type="hidden" name="step" value="{{.StepID}}">
<input type="hidden" name="token" value="{{.Token}}">
<fieldset>
<legend>{{.Vote.Intro}}</legend>
{{range .Vote.Options}}{{$o := .}}
<fieldset class="scale dots">
<legend>{{$.T "web.vote.dots" .Text}}</legend>
{{range upto $.Vote.Dots}}<label class="point"><input type="radio" name="dots{{$o.ID}}" value="{{.}}"{{if eq . $o.Dots}} checked{{end}}><span>{{.}}</span></label>{{end}}
</fieldset>
{{end}}
</fieldset>
<button type="submit">{{if .Vote.Summaries}}{{.T "web.change"}}{{else}}{{.T "web.send"}}{{end}}</button>
</form>
{{else}}<p role="status">{{.T "web.vote.nooptions"}}</p>{{end}}
{{end}}
{{define "text"}}
<form method="post" action="/answer">
<input type="hidden" name="step" value="{{.StepID}}">
<input type="hidden" name="token" value="{{.Token}}">
<fieldset>
<legend>{{.T "web.text.legend"}}</legend>
<p class="small">{{.T "web.text.help"}}</p>
<label for="text">{{.T "web.text.label"}}</label>
<textarea id="text" name="text" rows="4" maxlength="2000" required></textarea>
</fieldset>
<button type="submit">{{.T "web.send"}}</button>
</form>
{{if .Text.Sent}}
<h3>{{.T "web.text.yours"}}</h3>
{{range .Text.Sent}}
<form method="post" action="/edit">
<input type="hidden" name="id" value="{{.ID}}">
<input type="hidden" name="version" value="{{.Version}}">
<input type="hidden" name="token" value="{{.Token}}">
<label for="edit{{.ID}}">{{$.T "web.text.edit"}}</label>
<textarea id="edit{{.ID}}" name="text" rows="3" maxlength="2000" required>{{.Text}}</textarea>
<button type="submit">{{$.T "web.change"}}</button>
</form>
{{end}}
{{end}}
{{end}}
{{define "who"}}{{with .Who}}
<form method="post" action="/who" class="who">
<input type="hidden" name="token" value="{{.Token}}">
<p role="status">{{.Status}}</p>
<label for="participant">{{$.T "web.who.legend"}}</label>
<p class="small" id="who-help">{{$.T "web.who.help"}}</p>
<select id="participant" name="participant" aria-describedby="who-help">
<option value="0"{{if eq .Selected 0}} selected{{end}}>{{$.T "web.who.anon"}}</option>
{{range .Choices}}<option value="{{.ID}}"{{if eq .ID $.Who.Selected}} selected{{end}}>{{.Label}}</option>{{end}}
</select>
<button type="submit">{{$.T "web.who.send"}}</button>
</form>
{{end}}{{end}}
`))

// style is the page's one style sheet: large text and touch targets,
// strong contrast, no outside fonts. The seven points of a scale stay on
// one line, 1 to 7 from left to right as on the schema, down to a phone
// 320 px wide (each then about 30 px wide and 55 high), with "sla over"
// below them. A long Dutch word ("ervaringsdeskundigen") breaks rather
// than widen a fieldset past the phone (fieldsets are min-content wide
// unless told).
const style = `html{font-family:system-ui,sans-serif;font-size:125%;line-height:1.5;color:#111;background:#fff}
body{margin:0}main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.25rem}h3{font-size:1.1rem}
fieldset{border:2px solid #555;border-radius:.5rem;margin:1rem 0;padding:.75rem;min-width:0}
main{overflow-wrap:anywhere;hyphens:auto}
legend{font-weight:bold;padding:0 .25rem}
fieldset.dim{padding:.5rem}
fieldset.scale{border:1px solid #777;display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:.5rem .25rem;padding:.5rem .25rem}
label{display:block;margin:.5rem 0 .25rem}
label.point,label.skip{position:relative;display:block;margin:0}
label.skip{grid-column:1/-1;justify-self:start}
label.point span,label.skip span{display:block;min-height:2.75rem;line-height:2.75rem;text-align:center;border:2px solid #333;border-radius:.4rem;padding:0 .4rem}
label.point span{padding:0}
fieldset.dots{display:flex;flex-wrap:wrap;gap:.5rem}fieldset.dots label.point{flex:1 0 2.25rem;max-width:4rem}
label.point input,label.skip input{position:absolute;left:0;top:0;opacity:0;width:100%;height:100%;margin:0}
input:checked+span{background:#0b4f8a;color:#fff;border-color:#0b4f8a}
input:focus-visible+span,input:focus-visible,textarea:focus-visible,select:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #b35900;outline-offset:2px}
input[type=number],input[inputmode=numeric],select,textarea{font:inherit;width:100%;box-sizing:border-box;min-height:2.75rem;border:2px solid #333;border-radius:.4rem;padding:.3rem}
button,.button{font:inherit;display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;min-height:2.75rem;padding:.4rem 1.2rem;margin:.75rem 0;background:#0b4f8a;color:#fff;border:0;border-radius:.4rem;text-decoration:none}
.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}
.pole{margin:.25rem 0}.model{display:block;font-weight:bold}
.small{font-size:.9rem}.problem{font-weight:bold}
`

// render writes p with status.
func render(w http.ResponseWriter, status int, p page) {
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, p); err != nil {
		http.Error(w, "page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}
