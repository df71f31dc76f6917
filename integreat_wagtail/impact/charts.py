"""Charts drawn on the server as inline SVG: no JavaScript, no library from a CDN, no third-party
service, and they print. Time runs left to right in every admin language (`direction="ltr"`). Every chart is shown next to the table it draws, which is its text
alternative; text in the SVG is escaped."""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

COLOURS = ("#005a70", "#e76f51", "#2a9d8f", "#8338ec", "#f4a261", "#264653", "#b5179e", "#6a994e")
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 44, 24, 12


def _svg(label, height, body):
    return format_html(
        '<svg class="impact-chart" direction="ltr" role="img" aria-label="{}" viewBox="0 0 {} {}" '
        'xmlns="http://www.w3.org/2000/svg">{}</svg>', label, WIDTH, height, mark_safe(body)  # noqa: S308 - built from escaped parts
    )


def _nice_top(value):
    """The axis' top: 1, 2 or 5 times a power of ten, at least the value."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if magnitude * factor >= value:
                return magnitude * factor
        magnitude *= 10


def line_chart(label, days, series):
    """One line per series ({name: [value per day]}) over `days`, with a legend."""
    top = _nice_top(max((max(values) for values in series.values()), default=0) or 1)
    plot_width, plot_height = WIDTH - LEFT - 8, HEIGHT - TOP - BOTTOM
    step = plot_width / max(len(days) - 1, 1)
    parts = [
        f'<line x1="{LEFT}" y1="{TOP + plot_height}" x2="{WIDTH - 8}" y2="{TOP + plot_height}" stroke="#999"/>',
        f'<text x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end" font-size="11">{top}</text>',
        f'<text x="{LEFT - 6}" y="{TOP + plot_height}" text-anchor="end" font-size="11">0</text>',
    ]
    if days:
        parts.append(f'<text x="{LEFT}" y="{HEIGHT - 6}" font-size="11">{days[0].isoformat()}</text>')
        parts.append(f'<text x="{WIDTH - 8}" y="{HEIGHT - 6}" text-anchor="end" font-size="11">{days[-1].isoformat()}</text>')
    legend = []
    for number, (name, values) in enumerate(series.items()):
        colour = COLOURS[number % len(COLOURS)]
        points = " ".join(
            f"{LEFT + index * step:.1f},{TOP + plot_height - plot_height * value / top:.1f}" for index, value in enumerate(values)
        )
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>')
        legend.append(f'<tspan fill="{colour}">■</tspan> {escape(name)}  ')
    parts.append(f'<text x="{LEFT}" y="{TOP + 10}" font-size="12" dx="8">{"".join(legend)}</text>')
    return _svg(label, HEIGHT, "".join(parts))


def bar_chart(label, rows):
    """Horizontal bars for [(label, value)], longest first as given."""
    row_height = 22
    top = max((value for _name, value in rows), default=0) or 1
    bar_left, bar_width = 250, WIDTH - 250 - 50
    parts = []
    for number, (name, value) in enumerate(rows):
        y = number * row_height
        width = bar_width * value / top
        text = escape(str(name)[:40])
        parts.append(f'<text x="{bar_left - 6}" y="{y + 15}" text-anchor="end" font-size="12">{text}</text>')
        parts.append(f'<rect x="{bar_left}" y="{y + 4}" width="{width:.1f}" height="14" fill="{COLOURS[0]}"/>')
        parts.append(f'<text x="{bar_left + width + 4:.1f}" y="{y + 15}" font-size="12">{value}</text>')
    return _svg(label, max(len(rows), 1) * row_height + 4, "".join(parts))
