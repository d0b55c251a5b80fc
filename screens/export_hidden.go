package screens

import (
	"strings"

	"werkgroep/export"
	"werkgroep/i18n"
)

// hiddenNamesLine says where the minutes hold a name that its owner does
// not want shown (export.Document.HiddenNames), in t's language; "" when
// nowhere. The places come in the order of the minutes, three at most.
func hiddenNamesLine(t i18n.Catalog, hidden []export.HiddenName) string {
	switch len(hidden) {
	case 0:
		return ""
	case 1:
		return t.T("export.hidden.one", hiddenPlace(t, hidden[0]), QuoteWords(hidden[0].Words))
	}
	var places []string
	for _, h := range hidden[:min(3, len(hidden))] {
		places = append(places, hiddenPlace(t, h))
	}
	if len(hidden) > 3 {
		places = append(places, t.T("export.hidden.more", len(hidden)-3))
	}
	return t.T("export.hidden.many", len(hidden), strings.Join(places, "; "))
}

func hiddenPlace(t i18n.Catalog, h export.HiddenName) string {
	return t.T("export.hidden.place", h.Session, h.Step)
}

// QuoteWords puts each word between Dutch quotes, joined with commas.
func QuoteWords(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "„" + w + "”"
	}
	return strings.Join(q, ", ")
}
