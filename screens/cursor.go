package screens

// cursor is the selection and scroll position of a list of n rows shown
// in a window of height rows. Screens render only rows [Top, Bottom).
type cursor struct {
	Index, Top, Len, Height int
}

func (c *cursor) SetLen(n int) {
	c.Len = n
	c.clamp()
}

func (c *cursor) SetHeight(h int) {
	c.Height = max(1, h)
	c.clamp()
}

func (c *cursor) Move(delta int) {
	c.Index += delta
	c.clamp()
}

func (c *cursor) To(i int) {
	c.Index = i
	c.clamp()
}

func (c *cursor) Last() { c.To(c.Len - 1) }

func (c *cursor) clamp() {
	if c.Index >= c.Len {
		c.Index = c.Len - 1
	}
	if c.Index < 0 {
		c.Index = 0
	}
	if c.Height < 1 {
		c.Height = 1
	}
	if c.Index < c.Top {
		c.Top = c.Index
	}
	if c.Index >= c.Top+c.Height {
		c.Top = c.Index - c.Height + 1
	}
	if c.Top > max(0, c.Len-c.Height) {
		c.Top = max(0, c.Len-c.Height)
	}
	if c.Top < 0 {
		c.Top = 0
	}
}

// Bottom is one past the last visible row.
func (c *cursor) Bottom() int { return min(c.Len, c.Top+c.Height) }
