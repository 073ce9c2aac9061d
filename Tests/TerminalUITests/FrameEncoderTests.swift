import Testing
@testable import TerminalUI

/// The bytes a frame goes out as, with readable stand-ins for the terminal's sequences:
/// `<x,y>` a cursor move, `{…}` a style (p plain, b bold, r reverse, c colour), `[clear]`.
@Suite struct FrameEncoderTests {
    func encoder(unicode: Bool = true, writesLastCell: Bool = true) -> FrameEncoder {
        FrameEncoder(
            FrameEncoder.Sequences(
                clearScreen: Array("[clear]".utf8),
                moveTo: { x, y in Array("<\(x),\(y)>".utf8) },
                style: { style in
                    var name = style.bold ? "b" : ""
                    if style.reverse { name += "r" }
                    if let color = style.foreground { name += "c\(color.rawValue)" }
                    return Array("{\(name.isEmpty ? "p" : name)}".utf8)
                },
                writesLastCell: writesLastCell),
            unicode: unicode)
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func aFirstFrameClearsThenDrawsWhatIsNotBlankInRuns() {
        var frame = ScreenBuffer(width: 8, height: 2)
        frame.write("ab", x: 0, y: 0)
        frame.write("cd", x: 4, y: 0, style: Style(bold: true))
        frame.write("e", x: 1, y: 1, style: Style(foreground: .red))
        var encoder = encoder()
        #expect(text(encoder.encode(frame, since: nil)) == "{p}[clear]<0,0>ab<4,0>{b}cd<1,1>{c1}e{p}")
    }

    @Test func theANSIMoveIsCupWithItsOneBasedRowFirst() {
        #expect(text(FrameEncoder.Sequences.ansiMoveTo(0, 0)) == "\u{1b}[1;1H")
        #expect(text(FrameEncoder.Sequences.ansiMoveTo(79, 23)) == "\u{1b}[24;80H")
    }

    @Test func movesKeptForOneSizeAreNotUsedAtAnother() {
        var encoder = encoder()
        var wide = ScreenBuffer(width: 8, height: 2)
        wide.write("x", x: 1, y: 1)
        #expect(text(encoder.encode(wide, since: nil)).contains("<1,1>x"))
        // Cell 9 again, at a width of 4: row 2, column 1.
        var narrow = ScreenBuffer(width: 4, height: 4)
        narrow.write("y", x: 1, y: 2)
        #expect(text(encoder.encode(narrow, since: nil)) == "{p}[clear]<1,2>y")
    }

    @Test func aNextFrameSendsOnlyTheCellsThatChanged() {
        var first = ScreenBuffer(width: 6, height: 2)
        first.write("hello", x: 0, y: 0)
        var second = first
        second.write("J", x: 0, y: 0)
        second.write("y", x: 4, y: 0)
        second.write("ok", x: 0, y: 1, style: Style(reverse: true))
        var encoder = encoder()
        _ = encoder.encode(first, since: nil)
        #expect(text(encoder.encode(second, since: first)) == "<0,0>J<4,0>y<0,1>{r}ok{p}")
        #expect(encoder.encode(second, since: second).isEmpty, "nothing changed, nothing sent")
    }

    @Test func aWideCharacterMovesTheCursorTwoColumns() {
        var frame = ScreenBuffer(width: 6, height: 1)
        frame.write("田x", x: 0, y: 0)
        var unicode = encoder()
        #expect(text(unicode.encode(frame, since: ScreenBuffer(width: 6, height: 1))) == "<0,0>田x")
        var ascii = encoder(unicode: false)
        let fallback = ASCIIFallback.character(for: "田")
        #expect(text(ascii.encode(frame, since: ScreenBuffer(width: 6, height: 1))) == "<0,0>\(fallback) x")
    }

    @Test func theRightEdgeAndTheLastCell() {
        var frame = ScreenBuffer(width: 3, height: 2)
        frame.write("abc", x: 0, y: 0)
        frame.write("def", x: 0, y: 1)
        var encoder = encoder(writesLastCell: false)
        #expect(text(encoder.encode(frame, since: ScreenBuffer(width: 3, height: 2))) == "<0,0>abc<0,1>de",
                "a new row after a full one moves the cursor; the cell that would scroll is left alone")
    }

    @Test func aResizeRedrawsEverything() {
        var small = ScreenBuffer(width: 2, height: 1)
        small.write("ab", x: 0, y: 0)
        var big = ScreenBuffer(width: 3, height: 1)
        big.write("ab", x: 0, y: 0)
        var encoder = encoder()
        #expect(text(encoder.encode(big, since: small)) == "{p}[clear]<0,0>ab")
    }

    @Test func everyStyleHasItsOwnCode() {
        var codes = Set<Int>()
        let colours: [Color?] = [nil] + Color.allCases
        for foreground in colours {
            for background in colours {
                for flags in 0..<16 {
                    let style = Style(
                        foreground: foreground, background: background, bold: flags & 1 != 0, reverse: flags & 2 != 0,
                        underline: flags & 4 != 0, dim: flags & 8 != 0)
                    #expect((0..<Style.codes).contains(style.code))
                    codes.insert(style.code)
                }
            }
        }
        #expect(codes.count == Style.codes)
    }

    @Test func cellsAreComparedAsTheyAreStored() {
        func alike(_ a: Cell, _ b: Cell) -> Bool {
            var (a, b) = (a, b)
            return Cell.drawnAlike(&a, &b)
        }
        #expect(alike(Cell("a"), Cell("a")))
        #expect(!alike(Cell("a"), Cell("b")))
        #expect(!alike(Cell("a"), Cell("a", style: Style(bold: true))))
        #expect(!alike(Cell(" "), Cell(" ", isContinuation: true)))
        #expect(alike(Cell("田"), Cell("田")))
        #expect(!alike(Cell("é"), Cell("e\u{301}")), "equal in Unicode, stored apart: drawn once more, never skipped")
    }
}
