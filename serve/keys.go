package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	gossh "golang.org/x/crypto/ssh"
)

// The authorized-keys file is OpenSSH's own format, so a note-taker's
// id_ed25519.pub can be pasted in as it is; the comment is the person's
// name. It is read again for every login, so a key added while the server
// runs works at once.

// ErrKnownKey is returned by AddKey for a key that is already in the file.
var ErrKnownKey = errors.New("key already in the file")

// EnsureKeysFile makes an empty authorized-keys file (mode 0600) when
// there is none.
func EnsureKeysFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("authorized keys %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("authorized keys %s: %w", path, err)
	}
	return f.Close()
}

// lookup finds key in the file and returns its name (the comment), or
// false when the key is not there or the file cannot be read.
func lookup(path string, key gossh.PublicKey) (string, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", false
	}
	want := key.Marshal()
	for len(data) > 0 {
		pk, comment, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			return "", false // only a bad line is left: ParseAuthorizedKey skips the rest
		}
		if bytes.Equal(pk.Marshal(), want) {
			return comment, true
		}
		data = rest
	}
	return "", false
}

// AddKey adds the first public key in data to the file, under name (when
// empty, the key's own comment), and returns the name used.
func AddKey(path string, data []byte, name string) (string, error) {
	pk, comment, _, _, err := gossh.ParseAuthorizedKey(data)
	if err != nil {
		return "", fmt.Errorf("public key: %w", err)
	}
	if name == "" {
		name = comment
	}
	name = strings.Join(strings.Fields(name), " ")
	if err := EnsureKeysFile(path); err != nil {
		return "", err
	}
	if _, ok := lookup(path, pk); ok {
		return name, ErrKnownKey
	}
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pk)))
	if name != "" {
		line += " " + name
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return "", fmt.Errorf("authorized keys %s: %w", path, err)
	}
	if _, err := f.WriteString(line + "\n"); err != nil {
		f.Close()
		return "", fmt.Errorf("authorized keys %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("authorized keys %s: %w", path, err)
	}
	return name, nil
}

// CountKeys is the number of keys in the file.
func CountKeys(path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	n := 0
	for len(data) > 0 {
		_, _, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			break
		}
		n++
		data = rest
	}
	return n
}
