"""The deck's geometry: a 16:9 slide measured in points (540 high), its boxes, margins and the
sizes text may take (a master of another size scales it)."""

W, H = 960.0, 540.0  # slide size in points (13.333 x 7.5 in, 16:9)
MARGIN = 40.0
TITLE_Y, TITLE_H = 22.0, 72.0
KICKER_Y, KICKER_H, KICKER_SIZE = 6.0, 22.0, 13  # a kicker above a title: what the slide is about, when its title is its point
TIME_Y, TIME_H = 94.0, 22.0
TIME_SIZES = tuple(range(14, 7, -1))  # a time line's sizes: the deck's is the largest at which all its time lines fit
BODY_Y, BODY_H = 122.0, 378.0
FOOT_Y, FOOT_H = 510.0, 20.0
INSET = 4.0
SAFETY = 0.96  # measure against slightly narrower boxes than drawn
BODY_SIZES = (24, 22, 20, 18)  # body text on a content slide is never smaller: it continues instead
TABLE_SIZES = (20, 18)  # the same for table cells
MIN_SLIDE_COLUMN = 60.0  # points: no table column is narrower (unless 12 of them cannot be this wide)
CELL_MARGIN = 7.0  # points left and right inside a table cell
TITLE_SIZES = (32, 30, 28, 26, 24, 22, 20)
BULLET_CHARS = ("•", "–", "◦")
FIGURE_BAND = 100.0  # points over a topic's points that its one key figure takes, ruled off below
BAND_RULE, BAND_GAP = 14.0, 24.0  # the band's rule and the space above its text; between its value and its label
BAND_VALUE_SIZES = (48, 44, 40, 36, 32, 28)
VALUE_SIZES = (72, 64, 56, 48, 40, 32, 28, 24, 20)  # a key figure's value in a grid (one size for the grid)
