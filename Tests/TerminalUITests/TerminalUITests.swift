import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    /// The per-scalar shortcut must measure, cut and draw exactly as the grapheme path does.
    @Test func theOneGlyphPerScalarShortcutAgreesWithGraphemes() {
        let scalars = (0x20...0x2C00).compactMap(Unicode.Scalar.init).filter { DisplayWidth.isOneGlyphPerScalar(String($0)) }
        #expect(scalars.count > 3_000)
        for chunk in stride(from: 0, to: scalars.count, by: 7).map({ Array(scalars[$0..<min($0 + 7, scalars.count)]) }) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: chunk)
            let string = String(text)
            #expect(string.count == chunk.count, "one glyph per scalar: \(string)")
            #expect(DisplayWidth.of(string) == string.reduce(0) { $0 + DisplayWidth.of($1) }, "\(string)")
            // A zero-width space at the end sends the same text down the grapheme path.
            let slowPath = string + "\u{200B}"
            var fast = ScreenBuffer(width: 12, height: 1), slow = ScreenBuffer(width: 12, height: 1)
            fast.write(string, x: 0, y: 0)
            slow.write(slowPath, x: 0, y: 0)
            #expect(fast == slow, "\(string)")
            if DisplayWidth.of(string) > 5 { #expect(DisplayWidth.truncate(string, to: 5) == DisplayWidth.truncate(slowPath, to: 5)) }
        }
    }

    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("田中") == 4)
        #expect(DisplayWidth.of("Zoë") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1, "a combining accent takes no column")
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("田中浩二", to: 5) == "田中…")
        #expect(DisplayWidth.truncate("Dana Whitfield", to: 6) == "Dana …")
        #expect(DisplayWidth.pad("田中", to: 6) == "田中  ")
        #expect(DisplayWidth.pad("7", to: 3, alignRight: true) == "  7")
    }

    @Test func aLineOfKeysKeepsTheKeysThatFitWhole() {
        let keys = ["Tab completes", "Ctrl-U clears", "Ctrl-W deletes a word"]
        #expect(DisplayWidth.joining(keys, separator: " · ", fitting: 80) == "Tab completes · Ctrl-U clears · Ctrl-W deletes a word")
        #expect(DisplayWidth.joining(keys, separator: " · ", fitting: 40) == "Tab completes · Ctrl-U clears")
        #expect(DisplayWidth.joining(keys, separator: " · ", fitting: 29) == "Tab completes · Ctrl-U clears")
        #expect(DisplayWidth.joining(keys, separator: " · ", fitting: 28) == "Tab completes")
        #expect(DisplayWidth.joining(["田中 keeps"], separator: " · ", fitting: 9) == "")
    }
}

@Suite struct TextSanitizerTests {
    @Test func controlsBecomeVisible() {
        #expect(TextSanitizer.sanitize("a\rb") == "a␍b")
        #expect(TextSanitizer.sanitize("\u{1B}]0;x\u{07}") == "␛]0;x␇")
        #expect(TextSanitizer.sanitize("del\u{7F}") == "del␡")
        #expect(TextSanitizer.sanitize("c1\u{9B}31m") == "c1�31m")
        #expect(TextSanitizer.sanitize("rtl\u{202E}olleh\u{2066}") == "rtl�olleh�")
        #expect(TextSanitizer.sanitize("Zoë 田中") == "Zoë 田中")
    }

    /// Output made of lines keeps its line breaks, CR LF as LF; a CR alone is still shown.
    @Test func linesKeepTheirBreaks() {
        #expect(TextSanitizer.sanitize("a\nb\r\nc", keepingNewlines: true) == "a\nb\nc")
        #expect(TextSanitizer.sanitize("a\rb\r\r\n\u{1B}", keepingNewlines: true) == "a␍b␍\n␛")
        #expect(TextSanitizer.sanitize("a\r\nb") == "a␍␊b", "on one line, every break is shown")
    }
}

@Suite struct ScreenBufferTests {
    @Test func writesClipAndSanitise() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        #expect(buffer.write("Hello\rWorld!", x: 0, y: 0) == 10)
        #expect(buffer.lines[0] == "Hello␍Wor…", "text cut short ends in an ellipsis")
        buffer.write("田中浩", x: 5, y: 1)
        #expect(buffer.lines[1] == "     田中…", "the third wide character would straddle the edge")
    }

    @Test func cutTextEndsInAnEllipsisUnlessOnlySpacesAreCut() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        #expect(buffer.write("Dana Whitfield", x: 2, y: 0, maxWidth: 6) == 6)
        #expect(buffer.write("Dana      ", x: 2, y: 1, maxWidth: 6) == 6)
        buffer.write("Zoë Laurent-Okafor", x: 0, y: 2)
        #expect(buffer.lines == ["  Dana …    ", "  Dana      ", "Zoë Laurent…"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("田中", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.lines[0] == " x中  ")
    }
}

@Suite struct WidgetTests {
    @Test func tableKeepsSelectionVisibleAndHighlightsIt() {
        #expect(Table.offset(keeping: 9, visible: 5, current: 0, count: 20) == 5)
        #expect(Table.offset(keeping: 2, visible: 5, current: 5, count: 20) == 2)
        #expect(Table.offset(keeping: 19, visible: 5, current: 0, count: 20) == 15)
        var buffer = ScreenBuffer(width: 20, height: 4)
        let table = Table(
            columns: [TableColumn("Name", width: 0, flexible: true), TableColumn("N", width: 2, alignRight: true)],
            rows: [[TableCell("Ann"), TableCell("1")], [TableCell("田中"), TableCell("22")]], selected: 1, offset: 0)
        table.render(into: &buffer, area: buffer.bounds)
        #expect(buffer.text == "Name               N\nAnn                1\n田中              22\n")
        #expect(buffer[0, 2].style.reverse)
        #expect(!buffer[0, 1].style.reverse)
    }

    @Test func sparklineScalesOneToFive() {
        #expect(Sparkline.render([1, 3, 5]) == "▁▅█")
        #expect(Sparkline.render([1, 2, 3, 4, 5], width: 2) == "▆█")
    }

    @Test func textFieldEditsLikeAShell() {
        var field = TextField("dana gave")
        let handled = field.handle(.control("w"))
        #expect(handled)
        #expect(field.text == "dana ")
        _ = field.handle(.home)
        _ = field.handle(.char("@"))
        #expect(field.text == "@dana ")
        _ = field.handle(.end)
        _ = field.handle(.backspace)
        #expect(field.text == "@dana")
        _ = field.handle(.control("u"))
        #expect(field.text == "")
        let arrowUpEdits = field.handle(.up)
        #expect(!arrowUpEdits)
    }

    @Test func wrapKeepsWordsAndCutsLongOnes() {
        #expect(TextWrap.lines("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abc…"])
        #expect(TextWrap.lines("a\nb", width: 4) == ["a", "b"])
        // A note from a Windows file or an imported card breaks its lines at CR LF too.
        #expect(TextWrap.lines("a\r\nb\r\n\r\nc", width: 4) == ["a", "b", "", "c"])
    }

    @Test func layoutSplits() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 6)
        #expect(rect.splitRows(2).1 == Rect(x: 0, y: 2, width: 10, height: 4))
        #expect(rect.splitColumns(-3).1 == Rect(x: 7, y: 0, width: 3, height: 6))
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 3, y: 2, width: 4, height: 2))
    }
}

/// A crowded cell shows as many points as it has room for, and the selected one even when it
/// came after the cell filled up.
@Suite struct ScatterPlotTests {
    @Test func aFullCellStillShowsTheSelectedPoint() {
        let points = (0..<500).map { ScatterPlot.Point(x: 2, y: 3, glyph: $0 == 499 ? "S" : "●", style: .plain) }
        let plot = ScatterPlot(points: points, selected: 499)
        let area = Rect(x: 0, y: 0, width: 20, height: 10)
        let positions = plot.positions(in: area)
        // Cells are 4×2 here: three glyphs a row (one column kept free), two rows.
        #expect(positions.compactMap { $0 }.count == 6)
        #expect(positions[499] == nil)
        var buffer = ScreenBuffer(width: 20, height: 10)
        plot.render(into: &buffer, area: area)
        #expect(buffer.text.contains("S"), "the selection is drawn in the cell's last place")
        #expect(buffer.text.filter { $0 == "●" }.count == 5)
    }
}

/// Snapshots carry each glyph's style, so a lost highlight fails a test.
@Suite struct StyleTextTests {
    @Test func eachGlyphsStyleIsOneMark() {
        var buffer = ScreenBuffer(width: 12, height: 2)
        buffer.write("Dana", x: 0, y: 0, style: .selected)
        buffer.write("陈", x: 5, y: 0, style: .bold)
        buffer.write("ok", x: 8, y: 0, style: .color(.green, bold: true))
        buffer.write("x", x: 0, y: 1, style: .dim)
        buffer.write("y", x: 2, y: 1, style: .color(.red))
        #expect(buffer.text == "Dana 陈 ok\nx y")
        #expect(buffer.styleText == "#### * GG\n. r", "one mark a glyph, a wide one included")
    }
}
