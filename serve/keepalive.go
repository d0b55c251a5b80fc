package serve

import (
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// keepAlive keeps the projector's connection (ssh host present) from
// counting as idle: the projector only shows, and through a coffee break
// nothing may happen on it for longer than the idle timeout. Every
// interval it asks the client to answer (OpenSSH's keepalive@openssh.com,
// which every client answers, if only to say it does not know it); a
// client that gives no answer within an interval (a minute at least) is
// gone, and its connection is closed. It returns when the connection ends.
func keepAlive(sess ssh.Session, every time.Duration) {
	conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok || every <= 0 {
		return
	}
	done := sess.Context().Done()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		answered := make(chan struct{})
		go func() {
			conn.SendRequest("keepalive@openssh.com", true, nil)
			close(answered)
		}()
		select {
		case <-answered:
		case <-done:
			return
		case <-time.After(max(every, time.Minute)):
			conn.Close()
			return
		}
	}
}
