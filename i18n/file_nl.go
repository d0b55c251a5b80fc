package i18n

// What the program says about the data file itself: read-only, damaged,
// made private.
var fileNL = []entry{
	{"file.readonly", "alleen lezen"},
	{"file.readonly.open", "Alleen lezen: in dit bestand kan niet worden geschreven. Bekijken, notulen en een reservekopie maken kan wel."},
	{"file.readonly.key", "Alleen lezen: dit bestand kan niet worden veranderd."},
	{"file.readonly.hint", "Alleen lezen: hier kan niets worden getypt."},
	{"file.damaged", "beschadigd"},
	{"file.damaged.notice", "Het bestand %s is beschadigd. Er wordt niets meer in geschreven; wat je typt, blijft staan. Red wat er nog te lezen is in een nieuw bestand: stop met ctrl+c en typ:"},
	{"file.damaged.refused", "Dat lukte niet: het bestand is beschadigd (zie hierboven). Wat je typte, staat er nog."},
	{"file.damaged.cause", "het bestand is beschadigd"},
	{"file.private.done", "Het bestand %s was ook door anderen te lezen (%v). Nu kun alleen jij het lezen (%v)."},
	{"file.private.failed", "Het bestand %s is ook door anderen te lezen (%v). Dat kon ik niet veranderen; het is toch geopend."},
	{"backup.rescued", "Het bestand %s is beschadigd. Wat er nog te lezen was, staat nu in %s: %d dingen gered, waarvan %d bijdragen. Niet meer te lezen: %d. Open het nieuwe bestand met: werkgroep --data %[2]s"},
	{"backup.rescued.tables", "Helemaal niet meer te lezen: %s."},
	{"backup.rescue.failed", "Het bestand %s is beschadigd, en er kon niets uit worden gered (%v). Gebruik een reservekopie als je die hebt."},
	{"rescue.table.werkgroep", "werkgroepen"},
	{"rescue.table.session", "bijeenkomsten"},
	{"rescue.table.step", "stappen"},
	{"rescue.table.participant", "deelnemers"},
	{"rescue.table.attendance", "aanwezigheid"},
	{"rescue.table.contribution", "bijdragen"},
	{"rescue.table.outcome_history", "wat met bijdragen is gedaan (geschiedenis)"},
	{"rescue.table.decision", "besluiten"},
	{"rescue.table.action", "acties"},
	{"rescue.table.placement", "plaatsen op het spanningsschema"},
	{"rescue.table.sticker", "stickers"},
	{"rescue.table.draft", "half getypte teksten"},
}

func init() { add(NL, fileNL) }
