package screens

import (
	"cmp"
	"slices"

	tea "charm.land/bubbletea/v2"

	"werkgroep/sessions"
)

// schemaData is what the schema screen loads: the session's placements and
// sticker counts (kept up to date as they change), and the figures of
// every session of the werkgroep, for the movement view.
type schemaData struct {
	werkgroep  sessions.Werkgroep
	session    sessions.Session
	sessions   []sessions.Session
	people     []sessions.Participant // all, in the store's order
	persons    []schemaPerson         // who can be placed, the group first
	placements map[placeKey]sessions.Placement
	stickers   map[stickerKey]int
	figures    map[sessions.ID]sessions.SchemaFigures
	phoneVia   string // how a phone's placement is labelled
}

type placeKey struct {
	person sessions.ID
	dim    int
}

type stickerKey struct {
	dim   int
	wish  bool
	point int
}

// schemaPerson is someone to place. Label is for placing (as they chose
// for the minutes); Shared is for the group view, where nobody is shown by
// more than their initials.
type schemaPerson struct {
	id            sessions.ID
	label, shared string
}

type schemaLoadedMsg struct {
	writes uint64 // the store's own writes when the load began (stale.go)
	data   schemaData
	drafts []sessions.Draft
	err    error
}

func (s *Schema) load() tea.Msg {
	writes := storeWrites(s.ctx.Store)
	d, err := loadSchema(s.ctx, s.werkgroep, s.sessionID)
	if err != nil {
		return schemaLoadedMsg{err: err}
	}
	drafts, err := s.ctx.Store.Drafts()
	return schemaLoadedMsg{writes: writes, data: d, drafts: drafts, err: err}
}

func loadSchema(ctx *Context, werkgroep, session sessions.ID) (schemaData, error) {
	st := ctx.Store
	d := schemaData{
		placements: map[placeKey]sessions.Placement{},
		stickers:   map[stickerKey]int{},
		figures:    map[sessions.ID]sessions.SchemaFigures{},
	}
	var err error
	if d.werkgroep, err = st.Werkgroep(werkgroep); err != nil {
		return d, err
	}
	if d.sessions, err = st.Sessions(werkgroep); err != nil {
		return d, err
	}
	if d.session, err = st.Session(session); err != nil {
		return d, err
	}
	if d.people, err = st.Participants(werkgroep); err != nil {
		return d, err
	}
	att, err := st.Attendance(session)
	if err != nil {
		return d, err
	}
	for _, se := range d.sessions {
		ps, err := st.Placements(se.ID)
		if err != nil {
			return d, err
		}
		sc, err := st.Stickers(se.ID)
		if err != nil {
			return d, err
		}
		d.figures[se.ID] = sessions.Figures(se.ID, ps, sc)
		if se.ID != session {
			continue
		}
		for _, p := range ps {
			d.placements[placeKey{p.ParticipantID, p.Dimension}] = p
		}
		for _, c := range sc {
			d.stickers[stickerKey{c.Dimension, c.Wish, c.Point}] = c.Count
		}
	}
	d.persons = d.placeable(ctx, att)
	d.phoneVia = ctx.T("phones.via.short")
	return d, nil
}

// placeable lists the group, then everyone not marked absent, and anyone
// absent who was placed anyway (their placement stays visible).
func (d *schemaData) placeable(ctx *Context, att map[sessions.ID]sessions.Attendance) []schemaPerson {
	group := ctx.T("group")
	out := []schemaPerson{{id: 0, label: group, shared: group}}
	placed := map[sessions.ID]bool{}
	for k := range d.placements {
		placed[k.person] = true
	}
	for i, p := range d.people {
		if a := att[p.ID]; (a == sessions.Absent || a == sessions.WithNotice) && !placed[p.ID] {
			continue
		}
		unnamed := ctx.T("unnamed", i+1)
		sp := schemaPerson{id: p.ID, label: p.InMinutes(), shared: p.SchemaLabel()}
		if sp.label == "" {
			sp.label = unnamed
		}
		if sp.shared == "" {
			sp.shared = unnamed
		}
		out = append(out, sp)
	}
	return out
}

func (d *schemaData) placementList() []sessions.Placement {
	out := make([]sessions.Placement, 0, len(d.placements))
	for _, p := range d.placements {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b sessions.Placement) int {
		return cmp.Or(cmp.Compare(a.Dimension, b.Dimension), cmp.Compare(a.ParticipantID, b.ParticipantID))
	})
	return out
}

func (d *schemaData) stickerList(session sessions.ID) []sessions.StickerCount {
	out := make([]sessions.StickerCount, 0, len(d.stickers))
	for k, n := range d.stickers {
		out = append(out, sessions.StickerCount{SessionID: session, Dimension: k.dim, Wish: k.wish, Point: k.point, Count: n})
	}
	return out
}

// placedSessions are the sessions with anything on the schema, in order.
func (d *schemaData) placedSessions() []sessions.Session {
	var out []sessions.Session
	for _, se := range d.sessions {
		if f, ok := d.figures[se.ID]; ok && f.Placed() {
			out = append(out, se)
		}
	}
	return out
}

// shared is a person's label in the group view; a phone whose name is
// not confirmed is "via telefoon" (phoneVia).
func (d *schemaData) shared(id sessions.ID) string {
	if sessions.IsPhonePerson(id) {
		return d.phoneVia
	}
	for _, p := range d.persons {
		if p.id == id {
			return p.shared
		}
	}
	return "?"
}
