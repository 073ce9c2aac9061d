import Testing
@testable import RapportApp

/// Subcommands' aligned columns: widths in terminal columns, no spaces left at a line's end.
@Suite struct TextTableTests {
    @Test func columnsLineUpAndLinesEndWithoutSpaces() {
        let table = TextTable(headers: ["ID", "NAME", "NOTE"], rightAligned: [0], rows: [
            ["1", "Dana Whitfield", ""],
            ["12", "田中 浩", "met twice"],
        ])
        #expect(table.rendered() == """
            ID  NAME            NOTE
             1  Dana Whitfield
            12  田中 浩         met twice
            """)
    }

    /// A cell is one line: a note's line breaks (CR LF too) are spaces; other controls show.
    @Test func aCellIsOneLine() {
        let table = TextTable(headers: ["ID", "NOTE"], rows: [["1", "sent\r\nthe deck\nto Dana\u{1B}"]])
        #expect(table.rendered() == "ID  NOTE\n1   sent the deck to Dana␛")
    }

    /// A table printed a page at a time: the first page's widths, the header once.
    @Test func pagesLaidOutInGivenWidths() {
        let first = TextTable(headers: ["ID", "NAME", "NOTE"], rightAligned: [0], rows: [["1", "Dana", "x"], ["12", "田中 浩", "met"]])
        #expect(first.widths() == [2, 7, 4])
        #expect(first.rendered(widths: first.widths(), includingHeader: true) == first.rendered())
        let later = TextTable(headers: first.headers, rightAligned: [0], rows: [["123", "Priya Raghunathan", "a long note"]])
        #expect(later.rendered(widths: [3, 7, 4], includingHeader: false) == "123  Priya …  a l…")
    }

    @Test func trailingSpacesGoAndNothingElseDoes() {
        let cases = [
            ("", ""), ("   ", ""), ("a  ", "a"), ("a b ", "a b"), ("é ", "é"), ("e\u{301}  ", "e\u{301}"),
            ("田中  ", "田中"), ("x\t ", "x\t"), ("👩‍💻 ", "👩‍💻"), ("keep", "keep"),
        ]
        for (line, trimmed) in cases {
            #expect(TextTable.droppingTrailingSpaces(line) == trimmed, "\(line.unicodeScalars.map { $0.value })")
        }
    }
}
