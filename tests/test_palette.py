"""The kit's colours, measured: contrast (WCAG 2.1) and CIEDE2000 differences under colour-vision deficiencies.

Highlights (kit.display.PALETTE) are checked in JupyterLab's Light and Dark themes: the theme's text
colour has >= 4.5:1 contrast on every highlight (the underline is drawn in the text colour, so it has
the same contrast, >= 3:1 as WCAG 1.4.11 asks), and any two highlight colours, and each highlight and the
page, are CIEDE2000 >= 10 apart for normal vision and under simulated deuteranopia, protanopia and
tritanopia (colorspacious, Machado et al. 2009, severity 100). Bar colours (kit.plots.PLOT_COLOURS)
likewise, with >= 3:1 against the white figure background.
"""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest

colorspacious = pytest.importorskip("colorspacious")

from kit.display import CSS, EXTRA_SLOTS, PALETTE, STYLES, _css  # noqa: E402
from kit.plots import PLOT_COLOURS  # noqa: E402

VISIONS = (None, "deuteranomaly", "protanomaly", "tritanomaly")
# JupyterLab 4 theme variables: (page --jp-layout-color0, text --jp-content-font-color1 over the page)
LIGHT = ("#FFFFFF", "#212121")  # rgba(0,0,0,.87) over white
DARK = ("#111111", "#FFFFFF")


def rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255


def luminance(colour: np.ndarray) -> float:
    c = np.where(colour <= 0.04045, colour / 12.92, ((colour + 0.055) / 1.055) ** 2.4)
    return float(c @ [0.2126, 0.7152, 0.0722])


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(rgb(a)), luminance(rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ciede2000(lab1, lab2) -> float:
    """CIEDE2000 (Sharma, Wu & Dalal 2005): colorspacious has only CAM02-UCS distances."""
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    C1, C2 = np.hypot(a1, b1), np.hypot(a2, b2)
    g = 0.5 * (1 - np.sqrt(((C1 + C2) / 2) ** 7 / (((C1 + C2) / 2) ** 7 + 25.0 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    C1p, C2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p, h2p = np.degrees(np.arctan2(b1, a1p)) % 360, np.degrees(np.arctan2(b2, a2p)) % 360
    dh = 0.0 if C1p * C2p == 0 else (h2p - h1p + 180) % 360 - 180
    if C1p * C2p != 0 and abs(h2p - h1p) == 180:
        dh = h2p - h1p if h2p <= h1p else h2p - h1p - 360  # the formula's tie rule
    dHp = 2 * np.sqrt(C1p * C2p) * np.sin(np.radians(dh) / 2)
    Lm, Cm = (L1 + L2) / 2, (C1p + C2p) / 2
    if C1p * C2p == 0:
        hm = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hm = (h1p + h2p) / 2
    else:
        hm = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * np.cos(np.radians(hm - 30)) + 0.24 * np.cos(np.radians(2 * hm))
         + 0.32 * np.cos(np.radians(3 * hm + 6)) - 0.20 * np.cos(np.radians(4 * hm - 63)))
    rc = 2 * np.sqrt(Cm ** 7 / (Cm ** 7 + 25.0 ** 7))
    rt = -np.sin(np.radians(60 * np.exp(-(((hm - 275) / 25) ** 2)))) * rc
    sl = 1 + 0.015 * (Lm - 50) ** 2 / np.sqrt(20 + (Lm - 50) ** 2)
    sc, sh = 1 + 0.045 * Cm, 1 + 0.015 * Cm * t
    dL, dC = (L2 - L1) / sl, (C2p - C1p) / sc
    return float(np.sqrt(dL ** 2 + dC ** 2 + (dHp / sh) ** 2 + rt * dC * (dHp / sh)))


def lab_seen(hex_colour: str, vision) -> np.ndarray:
    colour = rgb(hex_colour)
    if vision is not None:
        colour = np.clip(colorspacious.cspace_convert(
            colour, {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}, "sRGB1"), 0, 1)
    return colorspacious.cspace_convert(colour, "sRGB1", "CIELab")


@pytest.mark.parametrize(("lab1", "lab2", "expected"), [  # Sharma et al. (2005), table 1
    ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
    ((50, 2.5, 0), (50, 0, -2.5), 4.3065),
    ((50, 2.49, -0.001), (50, -2.49, 0.0011), 7.2195),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_ciede2000_matches_the_published_test_data(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def worst_pair(colours: list[str]) -> tuple[float, str]:
    worst = (float("inf"), "")
    for vision in VISIONS:
        seen = [lab_seen(c, vision) for c in colours]
        for (i, a), (j, b) in itertools.combinations(enumerate(seen), 2):
            d = ciede2000(a, b)
            if d < worst[0]:
                worst = (d, f"{colours[i]} vs {colours[j]} ({vision or 'normal vision'})")
    return worst


@pytest.mark.parametrize(("theme", "column"), [(LIGHT, 0), (DARK, 1)], ids=["light", "dark"])
def test_highlights_stay_apart_under_colour_vision_deficiencies(theme, column):
    page, _ = theme
    colours = [slot[column] for slot in PALETTE]
    assert len(colours) >= len(STYLES) + len(EXTRA_SLOTS) and len(set(colours)) == len(colours)
    distance, pair = worst_pair([page, *colours])
    assert distance >= 10, f"CIEDE2000 {distance:.1f} for {pair}"


@pytest.mark.parametrize(("theme", "column"), [(LIGHT, 0), (DARK, 1)], ids=["light", "dark"])
def test_text_and_underline_are_readable_on_every_highlight(theme, column):
    _, text = theme
    for light_dark in PALETTE:
        assert contrast(text, light_dark[column]) >= 4.5, light_dark[column]
    # the underline is drawn in the text colour (currentColor), so it has the same contrast
    assert "text-decoration-color: currentColor" in CSS


def test_the_css_carries_both_themes():
    css = _css()
    light = dict(re.findall(r"--kit-c(\d+):(#[0-9A-F]{6})", css.split("body[data-jp-theme-light='false']")[0]))
    dark = dict(re.findall(r"--kit-c(\d+):(#[0-9A-F]{6})", css.split("body[data-jp-theme-light='false']")[1]))
    assert [light[str(i)] for i in range(len(PALETTE))] == [a for a, _ in PALETTE]
    assert [dark[str(i)] for i in range(len(PALETTE))] == [b for _, b in PALETTE]


def test_bar_colours_stay_apart_and_stand_out_from_the_page():
    distance, pair = worst_pair(["#FFFFFF", *PLOT_COLOURS])
    assert distance >= 10, f"CIEDE2000 {distance:.1f} for {pair}"
    for colour in PLOT_COLOURS:
        assert contrast(colour, "#FFFFFF") >= 3, colour
