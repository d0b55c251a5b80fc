package export

import (
	"strconv"
	"strings"

	"werkgroep/i18n"
	"werkgroep/sessions"
)

// The schema's figures in words, for the minutes and the chart alike: a
// plain sentence first ("10 van de 10 willen meer bottom-up"), the exact
// figures beside it for whoever wants them, and a range of one value as
// that one value ("6", not "6–6").

// span is "lo–hi", or one value when both are the same.
func span(lo, hi string) string {
	if lo == hi {
		return lo
	}
	return lo + "–" + hi
}

// pointSpan is span of two points (medians and quartiles may be halves).
func pointSpan(l sessions.Lang, lo, hi float64) string {
	return span(sessions.FormatPoint(lo, l), sessions.FormatPoint(hi, l))
}

// intSpan is span of two whole points.
func intSpan(lo, hi int) string { return span(strconv.Itoa(lo), strconv.Itoa(hi)) }

// plural picks key+".one" for 1 and key+".many" otherwise.
func plural(t i18n.Catalog, key string, n int, args ...any) string {
	if n == 1 {
		return t.T(key+".one", args...)
	}
	return t.T(key+".many", args...)
}

// gapWords is where people want to go, as a sentence without its full
// stop: "9 van de 10 willen meer bottom-up, 1 wil blijven waar het is
// (verschil wens − nu: mediaan +3)". Clauses of nobody are left out,
// except the first.
func gapWords(t i18n.Catalog, l sessions.Lang, d sessions.DimensionFigures) string {
	if d.Gap.N == 0 {
		return gapPlain(t, d)
	}
	return gapPlain(t, d) + " " + t.T("schema.plain.exact", sessions.FormatChange(d.Gap.Median, l))
}

// gapPlain is gapWords without the exact figures.
func gapPlain(t i18n.Catalog, d sessions.DimensionFigures) string {
	g := d.Gap
	switch {
	case g.N == 0 && d.Stickers > 0:
		return t.T("schema.gap.stickers")
	case g.N == 0:
		return t.T("schema.gap.none")
	}
	s := plural(t, "schema.plain.up", g.TowardsBottomUp, g.TowardsBottomUp, g.N)
	if g.Stay > 0 {
		s += plural(t, "schema.plain.stay", g.Stay, g.Stay)
	}
	if g.TowardsTopDown > 0 {
		s += plural(t, "schema.plain.down", g.TowardsTopDown, g.TowardsTopDown)
	}
	return s
}

// groupWords is the group's own placement: "de groep: nu 3, wens 6", the
// same words in the minutes and the chart.
func groupWords(t i18n.Catalog, d sessions.DimensionFigures) string {
	return t.T("schema.plain.group", dash(d.Group.Now), dash(d.Group.Wish))
}

func dash(v int) string {
	if v == 0 {
		return "–"
	}
	return strconv.Itoa(v)
}

// sentence starts a line with a capital and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	s = strings.ToUpper(string(r[0])) + string(r[1:])
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// dividedText says where the group is most divided, in words. When the
// winner shares the widest middle half of now with other lines and only
// the tie-breaks (wish, then the whole spread) chose it, it says so.
func dividedText(t i18n.Catalog, l sessions.Lang, f sessions.SchemaFigures) string {
	dims := f.MostDivided()
	switch len(dims) {
	case 0:
		return t.T("schema.divided.none")
	case 1:
		d := f.Dimensions[dims[0]-1]
		s := t.T("schema.md.divided", dims[0], pointSpan(l, d.Now.Q1, d.Now.Q3))
		var same []string
		for _, o := range f.Dimensions {
			if o.Dimension != d.Dimension && o.Now.N > 0 && o.Now.IQR() == d.Now.IQR() {
				same = append(same, strconv.Itoa(o.Dimension))
			}
		}
		if len(same) > 0 {
			s += " " + plural(t, "schema.divided.alsonow", len(same), listWords(t, same), dims[0])
		}
		return s
	}
	ns := make([]string, len(dims))
	for i, d := range dims {
		ns[i] = strconv.Itoa(d)
	}
	return t.T("schema.divided.tie", listWords(t, ns))
}

// dividedShort is dividedText's first sentence, for the chart's text
// alternative (which pandoc prints under the chart: short keeps it on the
// page).
func dividedShort(t i18n.Catalog, f sessions.SchemaFigures) string {
	if dims := f.MostDivided(); len(dims) == 1 {
		return t.T("schema.md.divided.short", dims[0])
	}
	return dividedText(t, "", f)
}

// listWords is "2, 3 en 5".
func listWords(t i18n.Catalog, xs []string) string {
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " " + t.T("md.and") + " " + xs[len(xs)-1]
}
