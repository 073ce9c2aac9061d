import TerminalUI

/// CSV for spreadsheets: RFC 4180 quoting and CRLF, UTF-8. A text cell that a spreadsheet would
/// run as a formula (starting with `=`, `+`, `-` or `@`) gets a leading `'`, as
/// OWASP advises, so the text is kept but never executed. Numbers are written as numbers. A line
/// break in a cell is kept, quoted; every other control is made visible (`TextSanitizer`).
public enum SpreadsheetCSV {
    public enum Cell {
        case text(String)
        case number(String)
    }

    /// Quoted as CSV.swift's writer quotes (a field with a quote, comma, CR or LF, its quotes
    /// doubled), but by bytes: that writer searched each field through Foundation and wrote it a
    /// scalar at a time, 64 % of `export --format csv --interactions` at a million exchanges.
    public static func write(header: [String], rows: [[Cell]]) -> String {
        var out: [UInt8] = []
        func append(_ row: [String]) {
            for (index, field) in row.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                let quoted = field.utf8.contains(where: needsQuotes)
                guard quoted else { out.append(contentsOf: field.utf8); continue }
                out.append(0x22)
                for byte in field.utf8 {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        append(header.map(neutralised))
        for row in rows {
            append(row.map { cell in
                switch cell {
                case .number(let value): value
                case .text(let value): neutralised(value)
                }
            })
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == 0x0D || byte == 0x0A
    }

    /// A text cell as written: controls made visible (a line break kept), and a leading `'`
    /// where a spreadsheet would run the text as a formula.
    public static func neutralised(_ text: String) -> String {
        let visible = TextSanitizer.sanitize(text, keepingNewlines: true)
        guard let first = visible.unicodeScalars.first, ["=", "+", "-", "@"].contains(first) else { return visible }
        return "'" + visible
    }
}
