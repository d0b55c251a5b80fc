package i18n

// The data file and the files written beside it (files_nl.go).
var filesEN = []entry{
	{"refused.data", "Nothing written: %s is the data file itself. Choose another name."},
	{"refused.link", "Nothing written: %s leads to the data file %s. Choose another name."},
	{"refused.side", "Nothing written: %s belongs to the data file %s. Choose another name."},
	{"refused.database", "Nothing written: %s is a database. Choose another name."},
	{"data.nofolder", "The folder %s does not exist, so the data file %s cannot go there. Check the name for typing mistakes, or make the folder first."},
	{"data.nofolder.env", "The folder %s does not exist, so the data file %s (from WERKGROEP_DATA) cannot go there. Check the name for typing mistakes, or make the folder first."},
	{"data.file", "File: %s"},
	{"copy.label", "session"},
	{"copy.made", "Copy made: %s"},
	{"copy.failed", "No copy of the file was made (%v). The session goes on as usual."},
}

func init() { add(EN, filesEN) }
