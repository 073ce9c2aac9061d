import CSV
import Foundation
import RapportApp
import Testing

@Suite struct SpreadsheetCSVTests {
    /// Byte for byte what CSV.swift's writer made of the same rows, formulas neutralised.
    @Test func writesWhatTheLibrarysWriterWrote() throws {
        let pieces = ["a", "Dana", " ", ",", "\"", "\r", "\n", "\r\n", "=", "+1", "-", "@x", "\t", "é", "田中", "👩‍💻", "'", ";", ""]
        var generator = SystemRandomNumberGenerator()
        func field() -> String { (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        let header = ["id", "name, full", "note \"quoted\""]
        let rows: [[SpreadsheetCSV.Cell]] = (0..<2_000).map { index in [.number(String(index)), .text(field()), .text(field())] }

        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: row.map { cell in
                switch cell {
                case .number(let value): value
                case .text(let value): SpreadsheetCSV.neutralised(value)
                }
            })
        }
        stream.close()
        let expected = String(decoding: stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data(), as: UTF8.self) + "\r\n"
        #expect(SpreadsheetCSV.write(header: header, rows: rows) == expected)
    }
}
