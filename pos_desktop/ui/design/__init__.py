"""The counter's design system: tokens (spacing, type, radii, colours per theme), the style
sheet made from them, and the screen icons. One place decides how the app looks; screens only
name roles (``role="money"``, ``role="heading"``) and never spell a colour or a size."""
