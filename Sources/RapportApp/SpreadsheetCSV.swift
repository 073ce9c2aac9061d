import CSV
import Foundation

/// CSV for spreadsheets: RFC 4180 quoting and CRLF, UTF-8. A text cell that a spreadsheet would
/// run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a CR) gets a leading `'`, as
/// OWASP advises, so the text is kept but never executed. Numbers are written as numbers.
public enum SpreadsheetCSV {
    public enum Cell {
        case text(String)
        case number(String)
    }

    public static func write(header: [String], rows: [[Cell]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: row.map { cell in
                switch cell {
                case .number(let value): value
                case .text(let value): neutralised(value)
                }
            })
        }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }
}
