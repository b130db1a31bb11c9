"""Draw the app icon (a document with a rising bar chart and a check mark) at every size a
Windows .ico needs; writes resources/ikon/kinerja.ico and kinerja.png. Run by hand (needs
Pillow); the results are committed."""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "ikon"


def draw(size: int) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([28 * s, 12 * s, 228 * s, 244 * s], radius=22 * s, fill=(21, 101, 192), outline=(13, 71, 161),
                        width=max(1, int(6 * s)))
    d.rounded_rectangle([48 * s, 34 * s, 208 * s, 222 * s], radius=10 * s, fill=(255, 255, 255))
    bars = [(70, 150, (76, 154, 42)), (110, 120, (212, 160, 23)), (150, 88, (26, 127, 55))]
    for x, top, colour in bars:
        d.rectangle([x * s, top * s, (x + 28) * s, 200 * s], fill=colour)
    d.line([(64 * s, 70 * s), (84 * s, 88 * s), (118 * s, 52 * s)], fill=(198, 40, 40), width=max(2, int(12 * s)),
           joint="curve")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "kinerja.png")
    big.save(OUT / "kinerja.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(OUT / "kinerja.ico")


if __name__ == "__main__":
    main()
