package export

import (
	"fmt"
	"strconv"
	"strings"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// SchemaSection is what SchemaMarkdown writes: the tension schema of one
// session in the minutes.
type SchemaSection struct {
	Lang    sessions.Lang
	Level   int // heading level of each dimension, 2–6
	Session int // the session's number
	Figures sessions.SchemaFigures
	// People name those who gave an example, as each chose; someone who
	// chose not to be named is not named at all.
	People []sessions.Participant
	Image  string // the chart's relative path; empty for none
	// Earlier, when set, is an earlier session with the schema placed:
	// the section ends with how the placements moved since then.
	Earlier       *sessions.SchemaFigures
	EarlierNumber int
	// Persons placed themselves; FromPhones of them from their own phone.
	Persons, FromPhones int
}

// SchemaMarkdown writes the section: a link to the chart with a text
// alternative, what 1 and 7 mean, where the group is most divided, and per
// dimension both pole texts, a table of counts per point for now and wish
// with median and spread, the gap, the group's own placement, and the
// examples people gave. It is empty when nothing was placed.
func SchemaMarkdown(s SchemaSection) string {
	var w mdWriter
	schemaBlocks(&w, s)
	return w.String()
}

func schemaBlocks(w *mdWriter, s SchemaSection) {
	if !s.Figures.Placed() {
		return
	}
	t := i18n.For(string(s.Lang))
	text := sessions.Schema(s.Lang)
	level := min(max(s.Level, 2), 6)
	if s.Image != "" {
		w.figure(escapeLine(schemaAlt(t, s.Lang, s.Figures)), s.Image, escapeLine(t.T("schema.md.caption", s.Session)))
	}
	w.para(escapeLine(t.T("schema.md.scale", text.TopDownModel, text.TopDownSteering, text.BottomUpModel, text.BottomUpSteering)))
	w.para(escapeLine(dividedText(t, s.Lang, s.Figures)))
	if s.FromPhones > 0 {
		w.para(escapeLine(t.T("phones.md.schema", s.FromPhones, s.Persons)))
	}
	names := map[sessions.ID]string{0: t.T("group")}
	for _, p := range s.People {
		names[p.ID] = p.InMinutes()
	}
	for _, d := range s.Figures.Dimensions {
		for _, p := range d.Examples {
			if sessions.IsPhonePerson(p.ParticipantID) {
				names[p.ParticipantID] = t.T("phones.via")
			}
		}
	}
	for i, d := range s.Figures.Dimensions {
		dim := text.Dimensions[i]
		w.heading(level, escapeHeading(t.T("schema.dim", dim.Number)))
		w.bullets([]string{
			escapeLine(text.TopDownModel + " (" + text.TopDownSteering + "): " + dim.TopDown),
			escapeLine(text.BottomUpModel + " (" + text.BottomUpSteering + "): " + dim.BottomUp),
		})
		schemaTable(w, t, s.Lang, d)
		var notes []string
		for _, line := range schemaNotes(t, s.Lang, d) {
			notes = append(notes, escapeLine(line))
		}
		if d.Stickers > 0 {
			notes = append(notes, escapeLine(t.T("schema.md.stickers", d.Stickers)))
		}
		w.para(strings.Join(notes, "\\\n"))
		var items []string
		for _, p := range d.Examples {
			item := escapeBlock(p.Example, 2)
			if by := names[p.ParticipantID]; by != "" {
				item += " — " + escapeLine(by)
			}
			items = append(items, item)
		}
		if len(items) > 0 {
			w.para(escapeLine(t.T("schema.md.examples")))
			w.bullets(items)
		}
	}
	if s.Earlier != nil && s.Earlier.Placed() {
		schemaMovement(w, t, s, level)
	}
	if s.Lang == sessions.English {
		schemaOriginal(w, t, level)
	}
}

// schemaTable is the counts per point, then median, spread and middle
// half: a row per point and a column for now and one for wish, so that
// the table is three narrow columns that fit any page, also in Word,
// without a word broken inside a cell.
func schemaTable(w *mdWriter, t i18n.Catalog, l sessions.Lang, d sessions.DimensionFigures) {
	header := []string{escapeCell(t.T("schema.md.col.point")), escapeCell(t.T("schema.md.now")), escapeCell(t.T("schema.md.wish"))}
	var rows [][]string
	for p := 1; p <= sessions.SchemaPoints; p++ {
		label := strconv.Itoa(p)
		switch p {
		case 1:
			label = t.T("schema.md.point.topdown")
		case sessions.SchemaPoints:
			label = t.T("schema.md.point.bottomup")
		}
		rows = append(rows, []string{escapeCell(label), strconv.Itoa(d.Now.Counts[p]), strconv.Itoa(d.Wish.Counts[p])})
	}
	figure := func(key string, f func(s sessions.Side) string) {
		row := []string{escapeCell(t.T(key))}
		for _, s := range []sessions.Side{d.Now, d.Wish} {
			if s.N == 0 {
				row = append(row, "")
			} else {
				row = append(row, escapeCell(f(s)))
			}
		}
		rows = append(rows, row)
	}
	figure("schema.md.col.median", func(s sessions.Side) string { return sessions.FormatPoint(s.Median, l) })
	figure("schema.md.col.spread", func(s sessions.Side) string { return intSpan(s.Low, s.High) })
	figure("schema.md.col.middle", func(s sessions.Side) string { return pointSpan(l, s.Q1, s.Q3) })
	w.table(header, rows)
}

// schemaMovement is how the placements moved since the earlier session.
func schemaMovement(w *mdWriter, t i18n.Catalog, s SchemaSection, level int) {
	w.heading(level, escapeHeading(t.T("schema.md.move.heading", s.EarlierNumber)))
	w.para(escapeLine(t.T("schema.md.move.intro", s.EarlierNumber, s.Session)))
	header := []string{t.T("schema.md.col.dim"), t.T("schema.md.col.now"), t.T("schema.md.col.wish"), t.T("schema.md.col.people")}
	for i := range header {
		header[i] = escapeCell(header[i])
	}
	var rows [][]string
	for _, sh := range sessions.Movement(*s.Earlier, s.Figures) {
		var people []string
		for _, side := range []struct {
			name string
			x    sessions.SideShift
		}{{"schema.now", sh.Now}, {"schema.wish", sh.Wish}} {
			if side.x.Same > 0 {
				people = append(people, t.T("schema.md.move.people", t.T(side.name), side.x.Same, side.x.TowardsBottomUp, side.x.Stay, side.x.TowardsTopDown))
			}
		}
		rows = append(rows, []string{strconv.Itoa(sh.Dimension), escapeCell(shiftCell(t, s.Lang, sh.Now)),
			escapeCell(shiftCell(t, s.Lang, sh.Wish)), escapeCell(strings.Join(people, "; "))})
	}
	w.table(header, rows)
}

// shiftCell is "mediaan 2 → 4 (+2); spreiding 1–5 → 3–6", or empty.
func shiftCell(t i18n.Catalog, l sessions.Lang, x sessions.SideShift) string {
	if !x.Comparable {
		return ""
	}
	return t.T("schema.md.move.cell", sessions.FormatPoint(x.Before.Median, l), sessions.FormatPoint(x.After.Median, l),
		sessions.FormatChange(x.MedianDelta, l), x.Before.Low, x.Before.High, x.After.Low, x.After.High)
}

// schemaOriginal keeps the Dutch source text in English minutes.
func schemaOriginal(w *mdWriter, t i18n.Catalog, level int) {
	nl := sessions.Schema(sessions.Dutch)
	w.heading(level, escapeHeading(t.T("schema.md.original")))
	w.para(escapeLine(nl.Title))
	var items []string
	for _, d := range nl.Dimensions {
		items = append(items, escapeLine(fmt.Sprintf("%s (%s): %s", nl.TopDownModel, nl.TopDownSteering, d.TopDown))+"\\\n   "+
			escapeLine(fmt.Sprintf("%s (%s): %s", nl.BottomUpModel, nl.BottomUpSteering, d.BottomUp)))
	}
	w.numbered(items)
}

// schemaNotes are a dimension's figures in sentences under its table:
// where people want to go, and the group's own placement.
func schemaNotes(t i18n.Catalog, l sessions.Lang, d sessions.DimensionFigures) []string {
	notes := []string{sentence(gapWords(t, l, d))}
	if d.HasGroup {
		notes = append(notes, sentence(groupWords(t, d)+" "+t.T("schema.md.notcounted")))
	}
	return notes
}

// schemaAlt is the chart's text alternative: what it shows, in words.
func schemaAlt(t i18n.Catalog, l sessions.Lang, f sessions.SchemaFigures) string {
	return t.T("schema.md.alt") + " " + dividedShort(t, f)
}
